package org.cairn.casebook;

import java.time.Instant;

/**
 * One entry in a case's risk history. {@code from == to} records a checklist proposal the advocate declined,
 * with the reason. {@code formId} is the checklist that led to it, or null.
 */
public record RiskChange(long id, long caseId, Instant changedAt, RiskLevel from, RiskLevel to, RiskSource source,
        Long formId, String reason, String changedBy) {
}
