package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A safety plan or risk checklist started for a case from a copy of its template.
 *
 * @param reviewOn when to look at it again, or null; {@code reviewTaskId} is the follow-up task for that date
 */
public record CaseForm(long id, long caseId, FormTemplate template, Instant startedAt, String startedBy,
        LocalDate reviewOn, Long reviewTaskId) {
}
