package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * Safety plans and risk checklists filled in for a case. Saving never overwrites: each save is a new version
 * with its own answers. Methods taking a {@link Tx} join the caller's transaction.
 */
public final class CaseFormRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final TaskRepository tasks;

    CaseFormRepository(Transactions vault, Clock clock, AuditTrail audit, TaskRepository tasks) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.tasks = tasks;
    }

    public CaseForm start(long caseId, FormTemplate template) {
        return vault.write(tx -> start(tx, caseId, template));
    }

    public CaseForm start(Tx tx, long caseId, FormTemplate t) throws SQLException {
        Instant now = now();
        long id = tx.insert("""
                INSERT INTO case_form(
                    uid, case_id, template_id, template_version, kind, title, template_text, started_at,
                    started_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                caseId, t.templateId(), t.version(), t.kind(), t.title(), t.text(), now.toEpochMilli(),
                audit.actor());
        audit.append(tx, AuditAction.FORM_STARTED, subject(tx, caseId, id), null);
        return new CaseForm(id, caseId, t, now, audit.actor(), null, null, null);
    }

    /** Saves {@code answers} (blank values dropped) as the form's next version. */
    public FormVersion save(long formId, Map<String, String> answers, Integer score) {
        return vault.write(tx -> save(tx, formId, answers, score));
    }

    public FormVersion save(Tx tx, long formId, Map<String, String> answers, Integer score) throws SQLException {
        long caseId = caseOf(tx, formId);
        int version = (int) tx.queryLong(
                "SELECT coalesce(max(version), 0) + 1 FROM case_form_version WHERE form_id = ?", formId);
        Instant now = now();
        tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) VALUES (?, ?, ?, ?, ?)",
                formId, version, now.toEpochMilli(), audit.actor(), score);
        // Sorted by item id so that the statements, and so the redo log, do not depend on map order.
        Map<String, String> kept = new TreeMap<>();
        answers.forEach((item, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(item, value);
            }
        });
        for (Map.Entry<String, String> answer : kept.entrySet()) {
            tx.execute("INSERT INTO case_form_answer(form_id, version, item_id, value) VALUES (?, ?, ?, ?)",
                    formId, version, answer.getKey(), answer.getValue());
        }
        audit.append(tx, AuditAction.FORM_SAVED, subject(tx, caseId, formId), null);
        return new FormVersion(formId, version, now, audit.actor(), score, kept);
    }

    /**
     * Sets the date to look at the form again and adds a follow-up task due that day. An earlier review task
     * stays in the task list (it may already be done); the form points at the newest one.
     */
    public Task setReview(long formId, LocalDate reviewOn, String taskTitle) {
        return vault.write(tx -> setReview(tx, formId, reviewOn, taskTitle));
    }

    public Task setReview(Tx tx, long formId, LocalDate reviewOn, String taskTitle) throws SQLException {
        if (reviewOn == null) {
            throw new IllegalArgumentException("a review needs a date");
        }
        return review(tx, formId, reviewOn, tasks.add(tx, caseOf(tx, formId), taskTitle, reviewOn));
    }

    /** As {@link #setReview(long, LocalDate, String)}, with the task titled by Cairn after the form. */
    public Task setReview(long formId, LocalDate reviewOn) {
        return vault.write(tx -> {
            if (reviewOn == null) {
                throw new IllegalArgumentException("a review needs a date");
            }
            String formTitle = tx.queryOne("SELECT title FROM case_form WHERE id = ?", row -> row.getString(1),
                    formId).orElseThrow(() -> new IllegalArgumentException("there is no such form"));
            return review(tx, formId, reviewOn,
                    tasks.add(tx, caseOf(tx, formId), TaskTitle.FORM_REVIEW, List.of(formTitle), reviewOn));
        });
    }

    private Task review(Tx tx, long formId, LocalDate reviewOn, Task task) throws SQLException {
        long caseId = task.caseId();
        tx.execute("UPDATE case_form SET review_on = ?, review_task_id = ? WHERE id = ?", Sql.date(reviewOn),
                task.id(), formId);
        audit.append(tx, AuditAction.FORM_SAVED, subject(tx, caseId, formId), null);
        return task;
    }

    /**
     * Marks the form completed on {@code on}: {@code completed_on} holds that day as an ISO date (yyyy-MM-dd),
     * which is what the quarterly counts read. Marking it again moves the date; saving a new version later does
     * not clear it (see ADR 0017): only {@link #reopen} does.
     */
    public CaseForm markCompleted(long formId, LocalDate on) {
        return vault.write(tx -> markCompleted(tx, formId, on));
    }

    public CaseForm markCompleted(Tx tx, long formId, LocalDate on) throws SQLException {
        if (on == null) {
            throw new IllegalArgumentException("completing a form needs the day it was completed");
        }
        long caseId = caseOf(tx, formId);
        tx.execute("UPDATE case_form SET completed_on = ? WHERE id = ?", Sql.date(on), formId);
        audit.append(tx, AuditAction.FORM_COMPLETED, subject(tx, caseId, formId), on.toString());
        return tx.queryOne("SELECT * FROM case_form WHERE id = ?", CaseFormRepository::form, formId).orElseThrow();
    }

    /** Clears the completion date, so the form counts as being worked on again. */
    public CaseForm reopen(long formId) {
        return vault.write(tx -> {
            long caseId = caseOf(tx, formId);
            tx.execute("UPDATE case_form SET completed_on = NULL WHERE id = ?", formId);
            audit.append(tx, AuditAction.FORM_REOPENED, subject(tx, caseId, formId), null);
            return tx.queryOne("SELECT * FROM case_form WHERE id = ?", CaseFormRepository::form, formId)
                    .orElseThrow();
        });
    }

    /** The case's forms, oldest first. */
    public List<CaseForm> forCase(long caseId) {
        return vault.read(reader -> reader.query("SELECT * FROM case_form WHERE case_id = ? ORDER BY started_at, id",
                CaseFormRepository::form, caseId));
    }

    public Optional<CaseForm> find(long formId) {
        return vault.read(reader -> reader.queryOne("SELECT * FROM case_form WHERE id = ?", CaseFormRepository::form,
                formId));
    }

    /** Every saved version of the form with its answers, oldest first. */
    public List<FormVersion> versions(long formId) {
        return vault.read(reader -> {
            Map<Integer, Map<String, String>> answers = new TreeMap<>();
            for (String[] row : reader.query("SELECT version, item_id, value FROM case_form_answer WHERE form_id = ?",
                    r -> new String[] {r.getString(1), r.getString(2), r.getString(3)}, formId)) {
                answers.computeIfAbsent(Integer.parseInt(row[0]), v -> new LinkedHashMap<>()).put(row[1], row[2]);
            }
            List<FormVersion> versions = new ArrayList<>();
            for (VersionRow v : reader.query("SELECT * FROM case_form_version WHERE form_id = ? ORDER BY version",
                    CaseFormRepository::versionRow, formId)) {
                versions.add(new FormVersion(formId, v.version(), v.savedAt(), v.savedBy(), v.score(),
                        answers.getOrDefault(v.version(), Map.of())));
            }
            return versions;
        });
    }

    /** The newest saved version, if the form was ever saved. */
    public Optional<FormVersion> latest(long formId) {
        List<FormVersion> versions = versions(formId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    private static long caseOf(Reader reader, long formId) throws SQLException {
        return reader.queryOne("SELECT case_id FROM case_form WHERE id = ?", row -> row.getLong(1), formId)
                .orElseThrow(() -> new IllegalArgumentException("there is no such form"));
    }

    static String subject(Reader reader, long caseId, long formId) throws SQLException {
        return CaseRepository.reference(reader, caseId) + " form:" + formId;
    }

    private static CaseForm form(ResultSet row) throws SQLException {
        FormTemplate template = new FormTemplate(row.getString("template_id"), row.getInt("template_version"),
                row.getString("kind"), row.getString("title"), row.getString("template_text"));
        long task = row.getLong("review_task_id");
        Long reviewTask = row.wasNull() ? null : task;
        return new CaseForm(row.getLong("id"), row.getLong("case_id"), template, Sql.instant(row, "started_at"),
                row.getString("started_by"), Sql.date(row, "review_on"), reviewTask, Sql.date(row, "completed_on"));
    }

    private static VersionRow versionRow(ResultSet row) throws SQLException {
        return new VersionRow(row.getInt("version"), Sql.instant(row, "saved_at"), row.getString("saved_by"),
                Sql.integer(row, "score"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private record VersionRow(int version, Instant savedAt, String savedBy, Integer score) {
    }
}
