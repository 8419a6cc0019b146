package org.cairn.letters;

import java.util.Map;
import java.util.Objects;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.Template;

/**
 * What the advocate chose for one letter.
 *
 * @param typedValues values the advocate typed for placeholders (they win over what the casebook holds)
 * @param disclosureReason the reason for sending immigration details to a statutory body, or null
 * @param consentReason the reason for going ahead without recorded consent, or null
 */
public record LetterRequest(long caseId, Template template, Recipient recipient, Advocate advocate,
        Map<String, String> typedValues, String disclosureReason, String consentReason) {
    public LetterRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(advocate, "advocate");
        typedValues = Map.copyOf(typedValues);
    }

    public LetterRequest withTypedValues(Map<String, String> values) {
        return new LetterRequest(caseId, template, recipient, advocate, values, disclosureReason, consentReason);
    }

    public LetterRequest withReasons(String disclosure, String consent) {
        return new LetterRequest(caseId, template, recipient, advocate, typedValues, disclosure, consent);
    }
}
