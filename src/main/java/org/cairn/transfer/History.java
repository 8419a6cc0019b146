package org.cairn.transfer;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Tx;

/**
 * Rows that only ever accumulate (a form's saves with their answers, a case's changes of risk level, MARAC
 * decisions, kept letters, and a legal hold when the case has none here): a merge adds those the other casebook
 * made and this one lacks, recognised by their content, never by local numbers. A save made on both sides keeps
 * both, numbered here in the order they arrive.
 */
final class History {
    private History() {
    }

    static boolean isAppended(String table) {
        return table.equals("case_form_version") || table.equals("risk_change") || KeptRecords.isKept(table);
    }

    /** What makes two rows the same save or the same change, in either casebook. */
    static String key(String caseUid, Row row) {
        if (KeptRecords.isKept(row.table())) {
            return KeptRecords.key(caseUid, row);
        }
        if (row.table().equals("case_form_version")) {
            return "save|" + row.values().get(CaseRows.FORM_UID) + "|" + row.values().get("saved_at") + "|"
                    + row.values().get("saved_by");
        }
        Map<String, Object> values = new TreeMap<>(row.values());
        values.remove("uid");
        return "risk|" + values;
    }

    static Set<String> keys(String caseUid, List<Row> rows) {
        Set<String> keys = new HashSet<>();
        for (Row row : rows) {
            if (isAppended(row.table())) {
                keys.add(key(caseUid, row));
            }
        }
        return keys;
    }

    static String label(String caseUid, Row row) {
        if (KeptRecords.isKept(row.table())) {
            return KeptRecords.label(caseUid, row);
        }
        if (row.table().equals("case_form_version")) {
            return "form-" + row.text(CaseRows.FORM_UID).substring(0, 8) + " save";
        }
        return "risk change to " + row.values().get("to_level");
    }

    /** Adds one save (with its answers from {@code bundle}) or one risk change; false when its form is not here. */
    static boolean append(Tx tx, Row row, List<Row> bundle, long caseId) throws SQLException {
        if (KeptRecords.isKept(row.table())) {
            KeptRecords.append(tx, row, caseId);
            return true;
        }
        Map<String, Object> values = new TreeMap<>(row.values());
        if (row.table().equals("risk_change")) {
            values.put("case_id", caseId);
            CaseRows.linkHere(tx, "risk_change", values, Map.of());
            TransferImport.insert(tx, "risk_change", values);
            return true;
        }
        String formUid = row.text(CaseRows.FORM_UID);
        Long formId = TransferImport.existing(tx, "case_form", formUid);
        if (formId == null) {
            return false;
        }
        long version = tx.queryLong("SELECT coalesce(max(version), 0) + 1 FROM case_form_version WHERE form_id = ?",
                formId);
        Object sent = values.remove("version");
        values.remove(CaseRows.FORM_UID);
        values.put("form_id", formId);
        values.put("version", version);
        TransferImport.insert(tx, "case_form_version", values);
        for (Row answer : bundle) {
            if (answer.table().equals("case_form_answer") && formUid.equals(answer.text(CaseRows.FORM_UID))
                    && sent != null && sent.equals(answer.values().get("version"))) {
                Map<String, Object> kept = new TreeMap<>(answer.values());
                kept.remove(CaseRows.FORM_UID);
                kept.put("form_id", formId);
                kept.put("version", version);
                TransferImport.insert(tx, "case_form_answer", kept);
            }
        }
        return true;
    }
}
