package org.cairn.casebook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the advocate asks for when making a referral.
 *
 * @param consentPurpose the consent the template needs (referral templates need REFER_TO_ORGANISATION or
 *     SHARE_WITH_ORGANISATION), looked up for the recipient's name
 * @param directoryEntryId the chosen directory entry, or null for a typed recipient
 * @param followUpDays the follow-up task falls due this many days after {@code madeOn}
 * @param overrideReason the advocate's reason to go ahead without recorded consent, or null
 * @param recipientContact the address or contact details typed for a recipient not in the directory, or null;
 *     a directory recipient's details stay in the directory, so none is kept for them
 */
public record ReferralRequest(long caseId, String templateId, int templateVersion, ConsentPurpose consentPurpose,
        Long directoryEntryId, String recipientName, RecipientKind recipientKind, LocalDate madeOn,
        int followUpDays, String overrideReason, String recipientContact) {
    public ReferralRequest {
        if (templateId == null || templateId.isBlank() || templateVersion < 1) {
            throw new IllegalArgumentException("a referral needs the template it uses");
        }
        if (recipientName == null || recipientName.isBlank()) {
            throw new IllegalArgumentException("a referral needs a recipient");
        }
        Objects.requireNonNull(consentPurpose, "consentPurpose");
        if (!consentPurpose.namesOrganisation()) {
            throw new IllegalArgumentException("a referral's consent is always for a named organisation");
        }
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(madeOn, "madeOn");
        if (followUpDays < 0 || followUpDays > 365) {
            throw new IllegalArgumentException("the follow-up must be due within a year");
        }
        recipientName = recipientName.strip();
        overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        recipientContact = directoryEntryId != null || recipientContact == null || recipientContact.isBlank() ? null
                : recipientContact.strip();
    }
}
