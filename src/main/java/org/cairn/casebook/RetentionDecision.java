package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision taken in the retention review. The reference outlives the case: decisions are kept after an erasure.
 *
 * @param caseId null once the case itself is gone
 * @param keepUntil the date a KEEP lasts to; null for the other choices
 * @param carriedOutAt when the erasure or anonymisation ran; null while it is awaited (and always for KEEP)
 */
public record RetentionDecision(long id, Long caseId, String caseReference, RetentionChoice choice,
        LocalDate keepUntil, String reason, String decidedBy, Instant decidedAt, Instant carriedOutAt) {
    /** An erasure or anonymisation decided and not yet carried out. */
    public boolean awaitingErasure() {
        return choice != RetentionChoice.KEEP && carriedOutAt == null;
    }
}
