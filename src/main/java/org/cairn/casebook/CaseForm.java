package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A safety plan or risk checklist started for a case from a copy of its template.
 *
 * @param reviewOn when to look at it again, or null; {@code reviewTaskId} is the follow-up task for that date
 * @param completedOn the day the advocate marked it completed, or null while it is still being worked on
 */
public record CaseForm(long id, long caseId, FormTemplate template, Instant startedAt, String startedBy,
        LocalDate reviewOn, Long reviewTaskId, LocalDate completedOn) {
    public boolean completed() {
        return completedOn != null;
    }
}
