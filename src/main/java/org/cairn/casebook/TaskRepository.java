package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/** Tasks and follow-ups. Methods taking a {@link Tx} join the caller's transaction. */
public final class TaskRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    TaskRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public Task add(long caseId, String title, LocalDate dueOn) {
        return vault.write(tx -> add(tx, caseId, title, dueOn));
    }

    /** A task with the title an advocate typed, stored as typed. */
    public Task add(Tx tx, long caseId, String title, LocalDate dueOn) throws SQLException {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a task needs a title");
        }
        return insert(tx, caseId, title, null, List.of(), dueOn);
    }

    /** A task Cairn makes: its title is stored as a code and arguments, and worded by whoever reads it. */
    public Task add(Tx tx, long caseId, TaskTitle code, List<String> args, LocalDate dueOn) throws SQLException {
        if (args.size() != code.arguments() || args.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("this task title takes " + code.arguments() + " argument(s)");
        }
        return insert(tx, caseId, "", code, args, dueOn);
    }

    private Task insert(Tx tx, long caseId, String title, TaskTitle code, List<String> args, LocalDate dueOn)
            throws SQLException {
        Instant now = now();
        long id = tx.insert("INSERT INTO task(uid, case_id, title, title_code, title_args, due_on, created_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", RecordIds.newId(), caseId, title,
                code == null ? null : code.name(), TaskTitleArgs.encode(args), Sql.date(dueOn), now.toEpochMilli(),
                audit.actor());
        audit.append(tx, AuditAction.TASK_ADDED, subject(tx, caseId, id), null);
        return new Task(id, caseId, title, code, args, dueOn, null, now, audit.actor());
    }

    /** Marks the task done now. */
    public void complete(long taskId) {
        vault.write(tx -> {
            complete(tx, taskId, now());
            return null;
        });
    }

    /** Marks the task done at {@code doneAt}, e.g. when recording work finished earlier. */
    public void complete(Tx tx, long taskId, Instant doneAt) throws SQLException {
        setDone(tx, taskId, Sql.millis(doneAt.truncatedTo(ChronoUnit.MILLIS)), AuditAction.TASK_DONE);
    }

    public void reopen(long taskId) {
        vault.write(tx -> {
            setDone(tx, taskId, null, AuditAction.TASK_REOPENED);
            return null;
        });
    }

    private void setDone(Tx tx, long taskId, Long doneAt, AuditAction action) throws SQLException {
        long caseId = tx.queryOne("SELECT case_id FROM task WHERE id = ?", row -> row.getLong(1), taskId)
                .orElseThrow(() -> new IllegalArgumentException("there is no such task"));
        tx.execute("UPDATE task SET done_at = ? WHERE id = ?", doneAt, taskId);
        audit.append(tx, action, subject(tx, caseId, taskId), null);
    }

    /** The case's tasks, soonest due first. */
    public List<Task> forCase(long caseId) {
        return vault.read(reader -> reader.query("SELECT * FROM task WHERE case_id = ? ORDER BY due_on, id",
                TaskRepository::task, caseId));
    }

    /** Tasks not yet done that are due on or before {@code date}, across all cases, soonest first. */
    public List<Task> openDueBy(LocalDate date) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM task WHERE done_at IS NULL AND due_on <= ? ORDER BY due_on, id", TaskRepository::task,
                Sql.date(date)));
    }

    private static Task task(ResultSet row) throws SQLException {
        String storedCode = row.getString("title_code");
        TaskTitle code = TaskTitle.stored(storedCode).orElse(null);
        List<String> args = code == null ? List.of() : TaskTitleArgs.decode(row.getString("title_args"));
        if (code != null && args.size() != code.arguments()) {
            code = null;
        }
        String title = row.getString("title");
        if (code == null && title.isEmpty() && storedCode != null) {
            // A code from a newer Cairn, or arguments that do not fit it: show the code rather than nothing.
            title = storedCode;
        }
        return new Task(row.getLong("id"), row.getLong("case_id"), title, code, code == null ? List.of() : args,
                Sql.date(row, "due_on"), Sql.instant(row, "done_at"), Sql.instant(row, "created_at"),
                row.getString("created_by"));
    }

    private static String subject(Reader reader, long caseId, long taskId) throws SQLException {
        return CaseRepository.reference(reader, caseId) + " task:" + taskId;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
