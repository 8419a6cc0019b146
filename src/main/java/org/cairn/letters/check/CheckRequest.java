package org.cairn.letters.check;

import java.util.List;
import java.util.Objects;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.templates.TemplateHeader;

/**
 * Everything the check needs, already looked up, so the check itself is a pure function.
 *
 * @param fields the placeholders the filled-in letter carries, in the order it uses them
 * @param recipientBlocked true when the client record names this recipient as one who must never receive anything
 * @param postSafe what the client's contact-safety record says about post
 * @param consentInForce whether the consent the template needs is recorded and unexpired today (ignored when the
 *     template needs none)
 * @param disclosureReason the advocate's reason for sending immigration details, or null
 * @param consentReason the advocate's reason for going ahead without consent, or null
 * @param facts what the casebook knows about the recipient beyond its kind
 * @param more the advocate's other reasons
 */
public record CheckRequest(TemplateHeader template, List<Field> fields, Recipient recipient,
        boolean recipientBlocked, YesNoUnknown postSafe, boolean consentInForce, Accreditation accreditation,
        String disclosureReason, String consentReason, RecipientFacts facts, MoreReasons more) {
    public CheckRequest {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(more, "more");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(postSafe, "postSafe");
        Objects.requireNonNull(accreditation, "accreditation");
        fields = List.copyOf(fields);
    }

    /** A request with nothing known beyond the recipient's kind and no other reasons. */
    public CheckRequest(TemplateHeader template, List<Field> fields, Recipient recipient, boolean recipientBlocked,
            YesNoUnknown postSafe, boolean consentInForce, Accreditation accreditation, String disclosureReason,
            String consentReason) {
        this(template, fields, recipient, recipientBlocked, postSafe, consentInForce, accreditation,
                disclosureReason, consentReason, RecipientFacts.NONE, MoreReasons.NONE);
    }
}
