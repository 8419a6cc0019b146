package org.cairn.transfer;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Reader;

/**
 * Which tables travel with a case and how each row is tied to its parent. Local row numbers never travel: a
 * child row is tied to the case or client of its bundle, a note's earlier versions to the note's lasting id.
 * Only these tables and, in each, only the receiver's own columns can be written by an import.
 */
final class CaseRows {
    /** A column holding another record's local row number travels as that record's lasting id instead. */
    record Link(String column, String target, String carried, boolean required) {
    }

    /** One table that travels: the columns left out (local row numbers and links), and how rows are chosen. */
    record Table(String name, Set<String> local, String where, List<Link> links) {
        Table(String name, Set<String> local, String where) {
            this(name, local, where, List.of());
        }
    }

    /** A note version names its note by the note's lasting id. */
    static final String NOTE_UID = "note_uid";
    /** A form's saves and answers, and a risk change made by a form, name the form by its lasting id. */
    static final String FORM_UID = "form_uid";

    private static final String FORMS_OF_CASE = "form_id IN (SELECT id FROM case_form WHERE case_id = :case)";

    static final List<Table> TABLES = List.of(
            new Table("client", Set.of("id"), "id = :client"),
            new Table("client_language", Set.of("client_id"), "client_id = :client ORDER BY position"),
            new Table("case_file", Set.of("id", "client_id"), "id = :case"),
            new Table("case_abuse", Set.of("case_id"), "case_id = :case ORDER BY abuse_type"),
            new Table("note", Set.of("id", "case_id"), "case_id = :case ORDER BY id"),
            new Table("note_version", Set.of("note_id"),
                    "note_id IN (SELECT id FROM note WHERE case_id = :case) ORDER BY note_id, version",
                    List.of(new Link("note_id", "note", NOTE_UID, true))),
            new Table("task", Set.of("id", "case_id"), "case_id = :case ORDER BY id"),
            new Table("consent", Set.of("id", "client_id"), "client_id = :client ORDER BY id"),
            new Table("client_abuser", Set.of("id", "client_id"), "client_id = :client ORDER BY id"),
            // The never-contact list keeps the name; the sender's directory entry is not the receiver's.
            new Table("client_blocked_recipient", Set.of("id", "client_id", "directory_entry_id"),
                    "client_id = :client ORDER BY id"),
            new Table("case_form", Set.of("id", "case_id", "review_task_id"), "case_id = :case ORDER BY id",
                    List.of(new Link("review_task_id", "task", "review_task_uid", false))),
            new Table("case_form_version", Set.of("form_id"), FORMS_OF_CASE + " ORDER BY form_id, version",
                    List.of(new Link("form_id", "case_form", FORM_UID, true))),
            new Table("case_form_answer", Set.of("form_id"), FORMS_OF_CASE + " ORDER BY form_id, version, item_id",
                    List.of(new Link("form_id", "case_form", FORM_UID, true))),
            new Table("risk_change", Set.of("id", "case_id", "form_id"), "case_id = :case ORDER BY id",
                    List.of(new Link("form_id", "case_form", FORM_UID, false))),
            // A referral keeps the recipient's name and kind; the sender's directory entry is not the receiver's.
            new Table("referral", Set.of("id", "case_id", "directory_entry_id", "consent_id", "task_id"),
                    "case_id = :case ORDER BY id", List.of(new Link("consent_id", "consent", "consent_uid", false),
                            new Link("task_id", "task", "task_uid", false))),
            // Kept records (file format 3, ADR 0057): MARAC decisions and kept letters with their PDF, named by
            // their content (KeptRecords), and the case's legal hold. The letter's directory entry stays here.
            new Table("marac_decision", Set.of("id", "case_id", "form_id"), "case_id = :case ORDER BY id",
                    List.of(new Link("form_id", "case_form", FORM_UID, false))),
            new Table("letter", Set.of("id", "case_id", "directory_entry_id"), "case_id = :case ORDER BY id"),
            new Table("retention_hold", Set.of("case_id"), "case_id = :case"));

    /**
     * The kept records only a move carries (ADR 0057): the receiver of a move becomes the case's holder, while a
     * share leaves MARAC information and kept letters with the casebook that holds them. Such a row in a share is
     * damage.
     */
    static final Set<String> MOVE_ONLY = Set.of("marac_decision", "letter");

    /** The tables a file of format 2 never carries; such a row in one is damage. */
    static final Set<String> SINCE_FORMAT_3 = Set.of("marac_decision", "letter", "retention_hold");

    private CaseRows() {
    }

    static Table table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Every travelling row of one case, parents before children. */
    static List<Row> read(Reader reader, long caseId, long clientId) throws SQLException {
        return read(reader, caseId, clientId, TransferKind.MOVE);
    }

    /** The rows a file of this kind carries for one case: a share leaves out {@link #MOVE_ONLY}. */
    static List<Row> read(Reader reader, long caseId, long clientId, TransferKind kind) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Table table : TABLES) {
            if (kind == TransferKind.SHARE && MOVE_ONLY.contains(table.name())) {
                continue;
            }
            String where = table.where().replace(":client", "?").replace(":case", "?");
            Object[] params = table.where().contains(":client") ? new Object[] {clientId} : new Object[] {caseId};
            StringBuilder select = new StringBuilder("SELECT t.*");
            for (Link link : table.links()) {
                select.append(", (SELECT uid FROM ").append(link.target()).append(" WHERE ").append(link.target())
                        .append(".id = t.").append(link.column()).append(") AS ").append(link.carried());
            }
            select.append(" FROM ").append(table.name()).append(" t WHERE ").append(where);
            rows.addAll(reader.query(select.toString(), row -> row(table, row), params));
        }
        return rows;
    }

    /** Sets the link to the case or the client of the bundle (tables tied through a link have neither). */
    static void tieToParent(String table, Map<String, Object> values, Long caseId, Long clientId) {
        Table spec = table(table);
        if (spec.local().contains("case_id")) {
            values.put("case_id", caseId);
        } else if (spec.local().contains("client_id")) {
            values.put("client_id", clientId);
        }
    }

    /**
     * Replaces each carried lasting id with the row number it has here. A required link (a note version's note,
     * a form save's form) must name a row written from this same bundle, in {@code written}; otherwise the row is
     * skipped (false). An optional link names any row here, or is left empty when that record is not here.
     */
    static boolean linkHere(Reader reader, String table, Map<String, Object> values, Map<String, Long> written)
            throws SQLException {
        for (Link link : table(table).links()) {
            Object carried = values.remove(link.carried());
            Long id = null;
            if (carried instanceof String uid) {
                id = link.required() ? written.get(uid) : TransferImport.existing(reader, link.target(), uid);
            }
            if (link.required() && id == null) {
                return false;
            }
            values.put(link.column(), id);
        }
        return true;
    }

    /** Every carried link is a well-formed lasting id, or empty where the link is optional. */
    static boolean linksWellFormed(Row row) {
        for (Link link : table(row.table()).links()) {
            String uid = row.text(link.carried());
            boolean present = row.values().get(link.carried()) != null;
            if (present && (uid == null || !org.cairn.casebook.RecordIds.isWellFormed(uid))
                    || link.required() && !present) {
                return false;
            }
        }
        return true;
    }

    static Row row(Table table, ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i);
            if (!table.local().contains(column)) {
                values.put(column, stored(row.getObject(i)));
            }
        }
        return new Row(table.name(), values);
    }

    /** SQLite hands back Integer or Long for integers and Double for reals; the file keeps one of each. */
    private static Object stored(Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        return value;
    }
}
