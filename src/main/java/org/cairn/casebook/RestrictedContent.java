package org.cairn.casebook;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A restricted case's content as unsealed in memory for a person allowed to read it; never written back in plain
 * while the case stays restricted.
 */
public final class RestrictedContent {
    private final Map<String, SealedRows.Table> tables;

    RestrictedContent(Map<String, SealedRows.Table> tables) {
        this.tables = Map.copyOf(tables);
    }

    /** Reads unsealed bytes (see docs/FORMAT.md); refuses bytes that are not sealed case content. */
    public static RestrictedContent of(byte[] plain) {
        return new RestrictedContent(SealedRows.read(plain));
    }

    public String alias() {
        return text("client", "alias");
    }

    public String legalNames() {
        return text("client", "legal_names");
    }

    /** The current text of each note, in the order written. */
    public List<String> notes() {
        return texts("note", "text");
    }

    /** Every earlier version of every note. */
    public List<String> noteHistory() {
        return texts("note_version", "text");
    }

    /** The names recorded for the people causing harm. */
    public List<String> abusers() {
        return texts("client_abuser", "name");
    }

    /**
     * The sealed rows of {@code table} as column name to value (text, integer, real or bytes; null when empty), in
     * the order sealed; for removed tables whole rows, for emptied ones {@code rowid} and the emptied columns.
     */
    public List<Map<String, Object>> rows(String table) {
        SealedRows.Table rows = tables.get(table);
        if (rows == null) {
            return List.of();
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (List<Object> row : rows.rows()) {
            Map<String, Object> named = new java.util.LinkedHashMap<>();
            for (int c = 0; c < rows.columns().size(); c++) {
                named.put(rows.columns().get(c), row.get(c));
            }
            out.add(java.util.Collections.unmodifiableMap(named));
        }
        return List.copyOf(out);
    }

    /** Every text value of {@code column} in the sealed rows of {@code table} (empty when none). */
    public List<String> texts(String table, String column) {
        SealedRows.Table rows = tables.get(table);
        return rows == null ? List.of() : rows.column(column).stream().filter(Objects::nonNull)
                .map(Object::toString).toList();
    }

    private String text(String table, String column) {
        List<String> values = texts(table, column);
        return values.isEmpty() ? null : values.get(0);
    }
}
