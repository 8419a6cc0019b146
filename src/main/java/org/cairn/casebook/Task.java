package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task or follow-up on a case.
 *
 * @param doneAt when it was marked done, or null while still to do
 */
public record Task(long id, long caseId, String title, LocalDate dueOn, Instant doneAt, Instant createdAt,
        String createdBy) {
    public boolean done() {
        return doneAt != null;
    }
}
