package org.cairn.transfer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cairn.transfer.TransferPayload.Row;

/**
 * The fields of a record that the merge compares: its columns as they travel, without its identity and version,
 * and with the short lists kept in their own tables (a client's languages, a case's kinds of abuse) folded in as
 * one field each, since changing them also changes (and counts a change of) the client or the case.
 */
final class RecordFields {
    static final String LANGUAGES = "languages";
    static final String ABUSE_TYPES = "abuse_types";

    /** The words people read for each record kind, used in field references such as C-2026-0042/task-1b2c3d4e/title. */
    private static final Map<String, String> KINDS = Map.of("client", "client", "case_file", "case", "note", "note",
            "task", "task", "consent", "consent", "case_form", "form", "referral", "referral", "client_abuser",
            "person-causing-harm", "client_blocked_recipient", "never-contact");
    /** Columns that are this casebook's own even when the record is shared: its case reference. */
    private static final List<String> NOT_MERGED = List.of("uid", "vv", "reference", "ref_year", "ref_seq");

    private RecordFields() {
    }

    static String kind(String table) {
        return KINDS.get(table);
    }

    /**
     * The table a record label names ({@code never-contact-77aa8899} is a {@code client_blocked_recipient}), or
     * null when the label names no kind of record.
     */
    static String table(String label) {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            String word = kind.getValue();
            boolean single = kind.getKey().equals("client") || kind.getKey().equals("case_file");
            if (single ? label.equals(word)
                    : label.length() == word.length() + 9 && label.startsWith(word + "-")
                            && label.indexOf('-', word.length() + 1) < 0) {
                return kind.getKey();
            }
        }
        return null;
    }

    /** "client" and "case" are one per case; other records are named by their kind and the start of their id. */
    static String label(String table, String uid) {
        String kind = kind(table);
        return table.equals("client") || table.equals("case_file") ? kind : kind + "-" + uid.substring(0, 8);
    }

    static Map<String, Object> of(Row row, List<Row> caseRows) {
        Map<String, Object> fields = new TreeMap<>(row.values());
        NOT_MERGED.forEach(fields::remove);
        if (row.table().equals("client")) {
            fields.put(LANGUAGES, caseRows.stream().filter(r -> r.table().equals("client_language"))
                    .sorted((a, b) -> Long.compare(number(a.values().get("position")),
                            number(b.values().get("position"))))
                    .map(r -> r.text("language")).collect(Collectors.joining("\n")));
        } else if (row.table().equals("case_file")) {
            fields.put(ABUSE_TYPES, caseRows.stream().filter(r -> r.table().equals("case_abuse"))
                    .map(r -> r.text("abuse_type")).sorted().collect(Collectors.joining(",")));
        }
        return fields;
    }

    static boolean same(Object one, Object other) {
        return Objects.deepEquals(one, other);
    }

    static boolean sameFields(Map<String, Object> one, Map<String, Object> other) {
        if (!one.keySet().equals(other.keySet())) {
            return false;
        }
        return one.entrySet().stream().allMatch(e -> same(e.getValue(), other.get(e.getKey())));
    }

    /** A value as a person reads it in a preview. */
    static String display(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return value.toString();
    }

    private static long number(Object value) {
        return value instanceof Long n ? n : 0;
    }
}
