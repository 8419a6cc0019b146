package org.cairn.casework;

import java.time.LocalDate;
import java.util.Objects;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Task;

/** Follow-up tasks on a case. */
public final class Tasks {
    private final Casebook casebook;
    private final Guard guard;

    Tasks(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    @Performs(Action.ADD_TASK)
    public Task add(long caseId, String title, LocalDate dueOn) {
        guard.check(Action.ADD_TASK);
        if (title == null || title.isBlank()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        return casebook.tasks().add(caseId, title.strip(), dueOn);
    }

    @Performs(Action.COMPLETE_TASK)
    public void complete(long taskId) {
        guard.check(Action.COMPLETE_TASK);
        casebook.tasks().complete(taskId);
    }

    @Performs(Action.REOPEN_TASK)
    public void reopen(long taskId) {
        guard.check(Action.REOPEN_TASK);
        casebook.tasks().reopen(taskId);
    }
}
