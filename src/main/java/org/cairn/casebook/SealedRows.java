package org.cairn.casebook;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * The content of one case taken out of the shared tables, and put back, as the plaintext that a restricted case's
 * key seals (docs/FORMAT.md, "restricted cases"). Rows that only describe her are removed; rows that counts or
 * other tables need stay, with their free text and identifying columns emptied. What is taken is listed here and
 * in docs/adr/0038-restricted-cases.md; keep both in step.
 */
final class SealedRows {
    static final int VERSION = 1;

    /** A table's rows for a case: removed whole, or kept with {@code columns} emptied ({@code null} or ''). */
    private record Part(String table, boolean remove, List<String> columns, String where, boolean byClient) {
    }

    /** What a restricted client's alias reads to those it is not open to: a client must have one to be shown. */
    static final String RESTRICTED_ALIAS = "(restricted)";
    private static final Set<String> NOT_NULL = Set.of("task.title", "referral.recipient_name",
            "rectification.corrected_value");
    /** Removed tables whose rows go back under new ids, and the prefix a review mark names them by. */
    static final Map<String, String> REVIEW_PREFIXES = Map.of("note", "note:", "client_abuser", "abuser:",
            "client_blocked_recipient", "blocked:");

    /** In the order they are taken; put back in the reverse order, so a row's parent is back first. */
    private static final List<Part> PARTS = List.of(
            new Part("note_version", true, List.of(), "note_id IN (SELECT id FROM note WHERE case_id = ?)", false),
            new Part("note", true, List.of(), "case_id = ?", false),
            new Part("case_form_answer", true, List.of(),
                    "form_id IN (SELECT id FROM case_form WHERE case_id = ?)", false),
            new Part("letter", true, List.of(), "case_id = ?", false),
            new Part("client_abuser", true, List.of(), "client_id = ?", true),
            new Part("client_blocked_recipient", true, List.of(), "client_id = ?", true),
            new Part("client_language", true, List.of(), "client_id = ?", true),
            new Part("client", false, List.of("alias", "legal_names", "date_of_birth", "safe_times", "code_word",
                    "safe_contact", "children_ages", "nationality", "nhs_number", "access_needs", "areas_to_avoid",
                    "address", "phone", "email"), "id = ?", true),
            new Part("case_file", false, List.of("home_office_reference"), "id = ?", false),
            new Part("task", false, List.of("title", "title_code", "title_args"), "case_id = ?", false),
            new Part("risk_change", false, List.of("reason"), "case_id = ?", false),
            new Part("marac_decision", false, List.of("reason"), "case_id = ?", false),
            new Part("referral", false, List.of("recipient_name", "recipient_contact", "override_reason"),
                    "case_id = ?", false),
            new Part("consent", false, List.of("organisation"), "client_id = ?", true),
            // A correction keeps the value it replaced and the new one: hers, and sealed with her case.
            new Part("rectification", false, List.of("earlier_value", "corrected_value"), "client_id = ?", true));

    private SealedRows() {
    }

    /** Every table the seal takes rows or columns from, for the documentation and the tests. */
    static List<String> tables() {
        return PARTS.stream().map(Part::table).toList();
    }

    /** Reads the case's content, then removes or empties it; returns the plaintext to seal (wipe it after). */
    static byte[] take(Tx tx, long caseId, long clientId) throws SQLException {
        return take(tx, caseId, clientId, null);
    }

    /**
     * As {@link #take}, but when {@code clientPartsFrom} is given (the plaintext of another of her cases, taken or
     * unsealed earlier) her own rows (details, people causing harm, never-contact list, languages, consents,
     * corrections) are copied from it instead of read from the tables, where they are already emptied. Every case of
     * a client restricted together so carries her details, and each reads whole on its own.
     */
    static byte[] take(Tx tx, long caseId, long clientId, byte[] clientPartsFrom) throws SQLException {
        Map<String, Table> source = clientPartsFrom == null ? Map.of() : read(clientPartsFrom);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeShort(PARTS.size());
            for (Part part : PARTS) {
                if (clientPartsFrom != null && part.byClient()) {
                    Table copied = source.getOrDefault(part.table(), new Table(List.of(), List.of()));
                    writePart(out, part.table(), copied.columns(), copied.rows());
                    continue;
                }
                Object key = part.byClient() ? clientId : caseId;
                String columns = part.remove() ? "*" : "rowid, " + String.join(", ", part.columns());
                List<List<Object>> rows = new ArrayList<>();
                List<String> names = new ArrayList<>();
                tx.query("SELECT " + columns + " FROM " + part.table() + " WHERE " + part.where(), row -> {
                    if (names.isEmpty()) {
                        names.addAll(columnNames(row));
                    }
                    return rows.add(values(row));
                }, key);
                writePart(out, part.table(), names, rows);
                if (part.remove()) {
                    tx.execute("DELETE FROM " + part.table() + " WHERE " + part.where(), key);
                } else if (!rows.isEmpty()) {
                    tx.execute("UPDATE " + part.table() + " SET " + emptied(part) + " WHERE " + part.where(), key);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Puts back what {@link #take} took; the caller has already lifted the restriction. Returns, per removed table,
     * each row's id in the seal and the id it was given back, so what names a row by id can follow it.
     */
    static Map<String, Map<Long, Long>> putBack(Tx tx, byte[] plain) throws SQLException {
        return putBack(tx, plain, true);
    }

    /**
     * As {@link #putBack}; with {@code withClient} false only the case's own rows go back, for the second and
     * later of a client's cases lifted together (her rows, copied into each, go back once).
     */
    static Map<String, Map<Long, Long>> putBack(Tx tx, byte[] plain, boolean withClient) throws SQLException {
        Map<String, Table> tables = read(plain);
        Map<String, Map<Long, Long>> moved = new java.util.HashMap<>();
        List<Part> reversed = new ArrayList<>(PARTS);
        Collections.reverse(reversed);
        for (Part part : reversed) {
            Table table = tables.get(part.table());
            if (table == null || (part.byClient() && !withClient)) {
                continue;
            }
            for (List<Object> row : table.rows()) {
                if (part.remove()) {
                    insert(tx, part.table(), table.columns(), row, moved);
                } else {
                    List<Object> params = new ArrayList<>(row.subList(1, row.size()));
                    params.add(row.get(0));
                    tx.execute("UPDATE " + part.table() + " SET " + table.columns().subList(1, table.columns().size())
                            .stream().map(c -> c + " = ?").reduce((a, b) -> a + ", " + b).orElseThrow()
                            + " WHERE rowid = ?", params.toArray());
                }
            }
        }
        return moved;
    }

    /**
     * A removed row goes back under a new id: while the case was restricted, the ids it freed may have been given
     * to new rows. Note versions follow their note's new id.
     */
    private static void insert(Tx tx, String table, List<String> columns, List<Object> row,
            Map<String, Map<Long, Long>> moved) throws SQLException {
        List<String> names = new ArrayList<>(columns);
        List<Object> values = new ArrayList<>(row);
        int noteId = "note_version".equals(table) ? names.indexOf("note_id") : -1;
        if (noteId >= 0) {
            values.set(noteId, moved.getOrDefault("note", Map.of()).get(values.get(noteId)));
        }
        int id = names.indexOf("id");
        Object oldId = id >= 0 ? values.remove(id) : null;
        if (id >= 0) {
            names.remove(id);
        }
        long newId = tx.insert("INSERT INTO " + table + "(" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(values.size(), "?")) + ")", values.toArray());
        if (oldId instanceof Long old) {
            moved.computeIfAbsent(table, t -> new java.util.HashMap<>()).put(old, newId);
        }
    }

    /**
     * The plaintext with one more note: written now by {@code author}, under an id below every id in the seal (never
     * a row id in the shared tables, so nothing can name it by mistake) and a new lasting uid. The shared tables are
     * not touched; the caller seals the result and wipes both arrays.
     */
    static byte[] withNote(Reader reader, byte[] plain, long caseId, long writtenAtMillis, String author, String text)
            throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>(read(plain));
        Table notes = tables.get("note");
        List<String> columns = notes == null || notes.columns().isEmpty()
                ? reader.query("SELECT name FROM pragma_table_info('note') ORDER BY cid", row -> row.getString(1))
                : notes.columns();
        List<List<Object>> rows = new ArrayList<>(notes == null ? List.of() : notes.rows());
        long id = Math.min(0, rows.stream().map(r -> r.get(columns.indexOf("id"))).mapToLong(v -> (Long) v).min()
                .orElse(0)) - 1;
        List<Object> row = new ArrayList<>();
        for (String column : columns) {
            row.add(switch (column) {
                case "id" -> id;
                case "uid" -> RecordIds.newId();
                case "case_id" -> caseId;
                case "written_at" -> writtenAtMillis;
                case "author" -> author;
                case "text" -> text;
                case "version" -> 1L;
                default -> null;
            });
        }
        rows.add(row);
        tables.put("note", new Table(List.copyOf(columns), rows));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeShort(tables.size());
            for (Map.Entry<String, Table> table : tables.entrySet()) {
                writePart(out, table.getKey(), table.getValue().columns(), table.getValue().rows());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** One table's rows as sealed: column names, then each row's values in that order. */
    record Table(List<String> columns, List<List<Object>> rows) {
        /** The values of {@code column}, row by row. */
        List<Object> column(String column) {
            int index = columns.indexOf(column);
            return index < 0 ? List.of() : rows.stream().map(row -> row.get(index)).toList();
        }
    }

    static Map<String, Table> read(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain))) {
            if (in.readUnsignedByte() != VERSION) {
                throw new IllegalArgumentException("sealed case content of an unknown version");
            }
            int parts = in.readUnsignedShort();
            Map<String, Table> out = new LinkedHashMap<>();
            for (int p = 0; p < parts; p++) {
                String table = in.readUTF();
                int columnCount = in.readUnsignedShort();
                List<String> columns = new ArrayList<>();
                for (int c = 0; c < columnCount; c++) {
                    columns.add(in.readUTF());
                }
                int rowCount = in.readInt();
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r < rowCount; r++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < columnCount; c++) {
                        row.add(readValue(in));
                    }
                    rows.add(row);
                }
                out.put(table, new Table(columns, rows));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("sealed case content has trailing bytes");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("sealed case content ends early", e);
        }
    }

    private static String emptied(Part part) {
        return part.columns().stream().map(c -> c + " = " + emptyValue(part.table() + "." + c))
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static String emptyValue(String column) {
        if (column.equals("consent.organisation")) {
            // A consent to refer must name an organisation to be read at all; the others name none.
            return "CASE WHEN organisation IS NULL THEN NULL ELSE '" + RESTRICTED_ALIAS + "' END";
        }
        return column.equals("client.alias") ? "'" + RESTRICTED_ALIAS + "'" : NOT_NULL.contains(column) ? "''" : "NULL";
    }

    private static List<String> columnNames(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnName(c));
        }
        return names;
    }

    private static List<Object> values(ResultSet row) throws SQLException {
        int count = row.getMetaData().getColumnCount();
        List<Object> values = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            Object value = row.getObject(c);
            values.add(value instanceof Integer i ? Long.valueOf(i) : value);
        }
        return values;
    }

    private static void writePart(DataOutputStream out, String table, List<String> names, List<List<Object>> rows)
            throws IOException {
        out.writeUTF(table);
        out.writeShort(names.size());
        for (String name : names) {
            out.writeUTF(name);
        }
        out.writeInt(rows.size());
        for (List<Object> row : rows) {
            for (Object value : row) {
                writeValue(out, value);
            }
        }
    }

    /** 0 null, 1 integer (8 bytes), 2 real (8 bytes), 3 text (4-byte length, UTF-8), 4 blob (4-byte length). */
    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(0);
        } else if (value instanceof Long l) {
            out.writeByte(1);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(2);
            out.writeDouble(d);
        } else {
            byte[] data = value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
            out.writeByte(value instanceof byte[] ? 4 : 3);
            out.writeInt(data.length);
            out.write(data);
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case 0 -> null;
            case 1 -> in.readLong();
            case 2 -> in.readDouble();
            case 3, 4 -> {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IOException("a value longer than the content");
                }
                byte[] data = in.readNBytes(length);
                yield tag == 3 ? new String(data, StandardCharsets.UTF_8) : data;
            }
            default -> throw new IOException("an unknown value type");
        };
    }
}
