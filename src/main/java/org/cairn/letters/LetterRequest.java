package org.cairn.letters;

import java.util.Map;
import java.util.Objects;
import org.cairn.letters.check.MoreReasons;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.Template;

/**
 * What the advocate chose for one letter.
 *
 * @param typedValues values the advocate typed for placeholders (they win over what the casebook holds)
 * @param disclosureReason the reason for sending immigration details to a statutory body, or null
 * @param consentReason the reason for going ahead without recorded consent, or null
 * @param more the reasons for the decisions about who the recipient is and what reaches a statutory body
 */
public record LetterRequest(long caseId, Template template, Recipient recipient, Advocate advocate,
        Map<String, String> typedValues, String disclosureReason, String consentReason, MoreReasons more) {
    public LetterRequest {
        Objects.requireNonNull(more, "more");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(advocate, "advocate");
        typedValues = Map.copyOf(typedValues);
    }

    /** A request without the reasons of {@link MoreReasons}. */
    public LetterRequest(long caseId, Template template, Recipient recipient, Advocate advocate,
            Map<String, String> typedValues, String disclosureReason, String consentReason) {
        this(caseId, template, recipient, advocate, typedValues, disclosureReason, consentReason, MoreReasons.NONE);
    }

    public LetterRequest withTypedValues(Map<String, String> values) {
        return new LetterRequest(caseId, template, recipient, advocate, values, disclosureReason, consentReason,
                more);
    }

    public LetterRequest withReasons(String disclosure, String consent) {
        return new LetterRequest(caseId, template, recipient, advocate, typedValues, disclosure, consent, more);
    }

    public LetterRequest withMoreReasons(MoreReasons reasons) {
        return new LetterRequest(caseId, template, recipient, advocate, typedValues, disclosureReason,
                consentReason, reasons);
    }
}
