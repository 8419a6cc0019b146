package org.cairn.casebook;

import java.time.Instant;

/** The advocate's answer to a proposed MARAC referral; a decline always has a reason. */
public record MaracDecision(long id, long caseId, Long formId, Integer formVersion, MaracChoice decision,
        String reason, Instant decidedAt, String decidedBy) {
}
