package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task or follow-up on a case.
 *
 * @param title the title as an advocate typed it; empty when Cairn made the task ({@code titleCode} is then set)
 * @param titleCode the code of a title Cairn wrote, whose words come from the screens' bundle; null for a typed one
 * @param titleArgs the arguments of a coded title (a recipient's name, a form's title), else empty
 * @param doneAt when it was marked done, or null while still to do
 */
public record Task(long id, long caseId, String title, TaskTitle titleCode, List<String> titleArgs, LocalDate dueOn,
        Instant doneAt, Instant createdAt, String createdBy) {
    public Task {
        titleArgs = List.copyOf(titleArgs);
    }

    public boolean done() {
        return doneAt != null;
    }
}
