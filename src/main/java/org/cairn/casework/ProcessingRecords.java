package org.cairn.casework;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ErasureScope;
import org.cairn.casebook.RetentionChoice;
import org.cairn.vault.Reader;

/**
 * The records of processing for the organisation's data-protection lead (ADR 0040): read-only, and made of
 * identifiers, dates, counts and staff names, so it can be exported and shown without showing any case.
 */
public final class ProcessingRecords {
    /** Each kind of data with the table that holds it and whether it is special-category data. */
    private static final List<String[]> CATEGORIES = List.of(
            new String[] {"clients", "client", "yes"},
            new String[] {"languages", "client_language", "no"},
            new String[] {"cases", "case_file", "yes"},
            new String[] {"abuse", "case_abuse", "yes"},
            new String[] {"notes", "note", "yes"},
            new String[] {"noteVersions", "note_version", "yes"},
            new String[] {"tasks", "task", "no"},
            new String[] {"consents", "consent", "no"},
            new String[] {"forms", "case_form", "yes"},
            new String[] {"risk", "risk_change", "yes"},
            new String[] {"marac", "marac_decision", "yes"},
            new String[] {"referrals", "referral", "yes"},
            new String[] {"letters", "letter", "yes"},
            new String[] {"peopleCausingHarm", "client_abuser", "yes"},
            new String[] {"neverContact", "client_blocked_recipient", "no"},
            new String[] {"subjectAccess", "subject_access_request", "no"},
            new String[] {"corrections", "rectification", "yes"},
            new String[] {"directory", "directory_entry", "no"},
            new String[] {"audit", "audit", "no"});

    private final Casebook casebook;
    private final Guard guard;
    private final Retention retention;

    ProcessingRecords(Casebook casebook, Guard guard, Retention retention) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.retention = Objects.requireNonNull(retention);
    }

    @Performs(Action.READ_PROCESSING_RECORDS)
    public ProcessingReport report() {
        guard.check(Action.READ_PROCESSING_RECORDS);
        RetentionSchedule schedule = retention.schedule();
        return casebook.transactions().read(reader -> new ProcessingReport(categories(reader), schedule,
                holds(reader), decisions(reader), erasures(reader), requests(reader), corrections(reader)));
    }

    private static List<ProcessingReport.DataCategory> categories(Reader reader) throws SQLException {
        List<ProcessingReport.DataCategory> categories = new ArrayList<>();
        for (String[] category : CATEGORIES) {
            // The table names are this class's constants, never typed text.
            categories.add(new ProcessingReport.DataCategory(category[0], "yes".equals(category[2]),
                    reader.queryLong("SELECT count(*) FROM " + category[1])));
        }
        return categories;
    }

    private static List<ProcessingReport.Hold> holds(Reader reader) throws SQLException {
        return reader.query("""
                SELECT c.reference, h.placed_at, h.placed_by, h.review_on FROM retention_hold h
                JOIN case_file c ON c.id = h.case_id ORDER BY h.placed_at, c.reference""",
                row -> new ProcessingReport.Hold(row.getString(1), Instant.ofEpochMilli(row.getLong(2)),
                        row.getString(3), LocalDate.parse(row.getString(4))));
    }

    private static List<ProcessingReport.Decision> decisions(Reader reader) throws SQLException {
        return reader.query("""
                SELECT case_reference, decision, keep_until, decided_by, decided_at, carried_out_at
                FROM retention_decision ORDER BY decided_at, id""",
                row -> new ProcessingReport.Decision(row.getString(1), RetentionChoice.valueOf(row.getString(2)),
                        day(row.getString(3)), row.getString(4), Instant.ofEpochMilli(row.getLong(5)),
                        row.getObject(6) == null ? null : Instant.ofEpochMilli(row.getLong(6))));
    }

    private static List<ProcessingReport.Erased> erasures(Reader reader) throws SQLException {
        return reader.query("""
                SELECT erasure_id, scope, case_ids, erased_at, reapplied FROM erasure_journal
                ORDER BY erased_at, erasure_id""",
                row -> new ProcessingReport.Erased(row.getString(1), ErasureScope.valueOf(row.getString(2)),
                        caseCount(row.getString(3)), Instant.ofEpochMilli(row.getLong(4)), row.getLong(5) != 0));
    }

    private static List<ProcessingReport.Request> requests(Reader reader) throws SQLException {
        return reader.query("""
                SELECT r.id, (SELECT c.reference FROM case_file c WHERE c.client_id = r.client_id
                        ORDER BY c.id DESC LIMIT 1),
                    r.received_on, coalesce(r.extended_due_on, r.due_on), r.extended_due_on IS NOT NULL,
                    r.completed_on,
                    (SELECT a.reason FROM audit a WHERE a.action = 'SUBJECT_ACCESS_EXPORTED'
                        AND a.subject = 'client:' || r.client_id || ' request:' || r.id ORDER BY a.id DESC LIMIT 1)
                FROM subject_access_request r ORDER BY r.received_on, r.id""",
                row -> new ProcessingReport.Request(row.getLong(1), row.getString(2) == null ? ""
                        : row.getString(2), LocalDate.parse(row.getString(3)), LocalDate.parse(row.getString(4)),
                        row.getBoolean(5), day(row.getString(6)), delivery(row.getString(7))));
    }

    private static List<ProcessingReport.Correction> corrections(Reader reader) throws SQLException {
        return reader.query("""
                SELECT (SELECT c.reference FROM case_file c WHERE c.client_id = r.client_id
                        ORDER BY c.id DESC LIMIT 1),
                    r.field, r.requested_on, r.recorded_by, r.recorded_at
                FROM rectification r ORDER BY r.recorded_at, r.id""",
                row -> new ProcessingReport.Correction(row.getString(1) == null ? "" : row.getString(1),
                        row.getString(2), LocalDate.parse(row.getString(3)), row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5))));
    }

    /** The route recorded with her copy; anything else is shown as not recorded rather than trusted. */
    private static Optional<SubjectAccessDelivery> delivery(String code) {
        for (SubjectAccessDelivery delivery : SubjectAccessDelivery.values()) {
            if (delivery.name().equals(code)) {
                return Optional.of(delivery);
            }
        }
        return Optional.empty();
    }

    private static int caseCount(String ids) {
        return ids == null || ids.isEmpty() ? 0 : ids.split(",").length;
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
