package org.cairn.ui.common;

import java.util.Objects;
import org.cairn.letters.check.Recipient;

/**
 * A letter started from elsewhere with its template and recipient already chosen (a referral's cover letter,
 * say). Only data, so that the {@link Navigator} can carry it without knowing the letter screen; the letter
 * screen sets these choices as the advocate could have set them by hand, and the same fill and outgoing-document
 * check apply.
 */
public record LetterPrefill(String templateId, Recipient recipient) {
    public LetterPrefill {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(recipient, "recipient");
    }
}
