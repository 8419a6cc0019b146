package org.cairn.transfer;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.casebook.VersionVector;
import org.cairn.transfer.CaseMerge.Plan;
import org.cairn.transfer.CaseMerge.Step;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.Resolutions.Choice;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Tx;

/** Writes one case's merge as planned and as the advocate resolved it, inside the import's transaction. */
final class MergeWriter {
    /** Kinds of record a person can remove in Cairn; only their removal there can be chosen to apply here. */
    private static final Set<String> REMOVABLE = Set.of("client_abuser", "client_blocked_recipient");

    private MergeWriter() {
    }

    /** Counts of what was done, for the audit line: added, updated, conflicts taken from there, removals applied. */
    record Done(int added, int updated, int takenFromThere, int removalsApplied) {
    }

    static Done apply(Tx tx, Plan plan, Resolutions resolutions, String self, AuditTrail audit)
            throws SQLException {
        Map<String, Long> written = new HashMap<>();
        int added = 0;
        int updated = 0;
        int taken = 0;
        int removed = 0;
        for (Step step : plan.steps()) {
            switch (step.action()) {
                case ADD -> {
                    add(tx, plan, step.incoming(), written);
                    added++;
                }
                case RESTORE -> {
                    if (chosen(resolutions, plan, step) == Choice.TAKE_THEIRS) {
                        add(tx, plan, step.incoming(), written);
                        added++;
                    }
                }
                case REMOVE -> {
                    if (chosen(resolutions, plan, step) == Choice.TAKE_THEIRS && REMOVABLE.contains(
                            step.mine().table())) {
                        tx.execute("DELETE FROM \"" + step.mine().table() + "\" WHERE uid = ?",
                                step.mine().text("uid"));
                        auditRemoval(tx, audit, step.mine().table(), plan.clientId());
                        removed++;
                    }
                }
                case TAKE -> {
                    update(tx, plan, step.incoming(), step.theirs(), VersionVector.parse(step.incoming().text("vv")));
                    updated++;
                }
                case MERGE -> {
                    Map<String, Object> fields = new TreeMap<>(step.merged());
                    for (String field : step.conflicts()) {
                        FieldConflict conflict = plan.preview().conflicts().stream()
                                .filter(c -> c.record().equals(step.label()) && c.field().equals(field)).findFirst()
                                .orElseThrow();
                        Choice choice = resolutions.forConflict(conflict)
                                .orElseThrow(() -> new TransferRejectedException(Reason.CONFLICTS_UNRESOLVED));
                        if (choice == Choice.TAKE_THEIRS) {
                            fields.put(field, step.theirs().get(field));
                            taken++;
                        }
                    }
                    VersionVector merged = VersionVector.parse(step.mine().text("vv"))
                            .merged(VersionVector.parse(step.incoming().text("vv")));
                    // A result that is exactly their copy is their version; anything else is a new one made here.
                    update(tx, plan, step.incoming(), fields, RecordFields.sameFields(fields, step.theirs()) ? merged
                            : merged.incremented(self));
                    updated++;
                }
                case NOTE -> {
                    NoteMerge.apply(tx, step.mine(), plan.here(), step.incoming(), plan.bundle().rows(), self);
                    updated++;
                }
                case APPEND -> {
                    if (History.append(tx, step.incoming(), plan.bundle().rows(), plan.caseId())) {
                        added++;
                        if (KeptRecords.isHold(step.incoming())) {
                            KeptRecords.auditHold(tx, audit, plan.referenceHere());
                        }
                    }
                }
                default -> throw new IllegalStateException("every step is written");
            }
        }
        return new Done(added, updated, taken, removed);
    }

    /** The same audit row as removing it on its own screen leaves, so the client's history shows it. */
    private static void auditRemoval(Tx tx, AuditTrail audit, String table, long clientId) throws SQLException {
        String subject = "client:" + clientId;
        if (table.equals("client_abuser")) {
            audit.append(tx, AuditAction.ABUSER_RECORDED, subject, "removed");
        } else {
            audit.append(tx, AuditAction.BLOCKED_RECIPIENT_REMOVED, subject, null);
        }
    }

    private static Choice chosen(Resolutions resolutions, Plan plan, Step step) {
        return plan.preview().removals().stream().filter(r -> r.record().equals(step.label())).findFirst()
                .flatMap(resolutions::forRemoval).orElse(Choice.KEEP_OURS);
    }

    /** A record the other casebook added (with a note's earlier wordings), tied to this case and its client. */
    private static void add(Tx tx, Plan plan, Row row, Map<String, Long> written) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(row.values());
        CaseRows.tieToParent(row.table(), values, plan.caseId(), plan.clientId());
        CaseRows.linkHere(tx, row.table(), values, written);
        long id = TransferImport.insert(tx, row.table(), values);
        written.put(row.text("uid"), id);
        if (row.table().equals("note")) {
            for (Row version : plan.bundle().rows()) {
                if (version.table().equals("note_version") && row.text("uid").equals(version.text(CaseRows.NOTE_UID))) {
                    Map<String, Object> kept = new LinkedHashMap<>(version.values());
                    CaseRows.linkHere(tx, "note_version", kept, written);
                    TransferImport.insert(tx, "note_version", kept);
                }
            }
        }
    }

    /** Sets the record's fields and version; a folded list (languages, kinds of abuse) is written to its table. */
    private static void update(Tx tx, Plan plan, Row row, Map<String, Object> fields, VersionVector version)
            throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(fields);
        Object languages = values.remove(RecordFields.LANGUAGES);
        Object abuseTypes = values.remove(RecordFields.ABUSE_TYPES);
        CaseRows.linkHere(tx, row.table(), values, Map.of());
        values.put("vv", version.toText());
        TransferImport.update(tx, row.table(), row.text("uid"), values);
        if (row.table().equals("client")) {
            tx.execute("DELETE FROM client_language WHERE client_id = ?", plan.clientId());
            List<String> list = languages == null || languages.toString().isEmpty() ? List.of()
                    : List.of(languages.toString().split("\n", -1));
            for (int i = 0; i < list.size(); i++) {
                tx.execute("INSERT INTO client_language(client_id, position, language) VALUES (?, ?, ?)",
                        plan.clientId(), i, list.get(i));
            }
        } else if (row.table().equals("case_file")) {
            tx.execute("DELETE FROM case_abuse WHERE case_id = ?", plan.caseId());
            if (abuseTypes != null && !abuseTypes.toString().isEmpty()) {
                for (String type : abuseTypes.toString().split(",", -1)) {
                    tx.execute("INSERT INTO case_abuse(case_id, abuse_type) VALUES (?, ?)", plan.caseId(), type);
                }
            }
        }
    }
}
