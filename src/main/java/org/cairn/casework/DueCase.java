package org.cairn.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed case whose retention period has ended and that waits for a decision.
 *
 * @param periodEndedOn closing date plus the period that applies
 * @param keptUntil the end of the last keep decision, when the case was kept before; null otherwise
 */
public record DueCase(long caseId, String reference, LocalDate closedOn, LocalDate periodEndedOn,
        List<RetentionCategory> categories, LocalDate keptUntil) {
    public DueCase {
        categories = List.copyOf(categories);
    }
}
