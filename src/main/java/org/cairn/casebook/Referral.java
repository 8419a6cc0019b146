package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral made for a case. The template id and version say exactly which wording was used, so the referral
 * document can be made (or made again) from them by the letters pipeline.
 *
 * @param directoryEntryId the recipient's directory entry, or null when the name was typed
 * @param consentId the consent-ledger entry in force when it was made, or null when consent was overridden
 * @param overrideReason why the advocate went ahead without recorded consent, or null
 * @param taskId the follow-up task
 * @param recipientContact the address or contact details typed for a recipient not in the directory, or null
 */
public record Referral(long id, long caseId, String templateId, int templateVersion, Long directoryEntryId,
        String recipientName, RecipientKind recipientKind, LocalDate madeOn, ReferralOutcome outcome,
        LocalDate outcomeOn, Long consentId, String overrideReason, Long taskId, Instant createdAt,
        String createdBy, String recipientContact) {
}
