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
    /** One table that travels: the columns left out (local row numbers and links), and how rows are chosen. */
    record Table(String name, Set<String> local, String where) {
    }

    static final List<Table> TABLES = List.of(
            new Table("client", Set.of("id"), "id = :client"),
            new Table("client_language", Set.of("client_id"), "client_id = :client ORDER BY position"),
            new Table("case_file", Set.of("id", "client_id"), "id = :case"),
            new Table("case_abuse", Set.of("case_id"), "case_id = :case ORDER BY abuse_type"),
            new Table("note", Set.of("id", "case_id"), "case_id = :case ORDER BY id"),
            new Table("note_version", Set.of("note_id"),
                    "note_id IN (SELECT id FROM note WHERE case_id = :case) ORDER BY note_id, version"),
            new Table("task", Set.of("id", "case_id"), "case_id = :case ORDER BY id"),
            new Table("consent", Set.of("id", "client_id"), "client_id = :client ORDER BY id"),
            new Table("client_abuser", Set.of("id", "client_id"), "client_id = :client ORDER BY id"),
            // The never-contact list keeps the name; the sender's directory entry is not the receiver's.
            new Table("client_blocked_recipient", Set.of("id", "client_id", "directory_entry_id"),
                    "client_id = :client ORDER BY id"));

    /** A note version names its note by the note's lasting id. */
    static final String NOTE_UID = "note_uid";

    private CaseRows() {
    }

    static Table table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Every travelling row of one case, parents before children. */
    static List<Row> read(Reader reader, long caseId, long clientId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Table table : TABLES) {
            String where = table.where().replace(":client", "?").replace(":case", "?");
            Object[] params = table.where().contains(":client") ? new Object[] {clientId} : new Object[] {caseId};
            String select = table.name().equals("note_version")
                    ? "SELECT nv.*, (SELECT uid FROM note WHERE note.id = nv.note_id) AS " + NOTE_UID
                            + " FROM note_version nv WHERE " + where
                    : "SELECT * FROM " + table.name() + " WHERE " + where;
            rows.addAll(reader.query(select, row -> row(table, row), params));
        }
        return rows;
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
