package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.casebook.VersionVector;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.MergePreview.RecordChange;
import org.cairn.transfer.MergePreview.Removal;
import org.cairn.transfer.MergePreview.Side;
import org.cairn.transfer.MergePreview.What;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Reader;

/**
 * Works out, for one case already here, what the other casebook's copy changes (ADR 0042). Each record with a
 * lasting id is compared by version vector: theirs included in ours changes nothing; ours included in theirs takes
 * theirs; changed apart, the fields are compared three ways with the last common version. Notes, form saves and
 * risk changes are added, never in conflict. A record on one side only is new, or was removed on the other side:
 * shown, never applied unless chosen.
 */
final class CaseMerge {
    enum Action {
        ADD, TAKE, MERGE, NOTE, APPEND, RESTORE, REMOVE
    }

    /** One thing to do; {@code ours}/{@code theirs} are the compared fields, {@code merged} the agreed ones. */
    record Step(Action action, Row incoming, Row mine, String label, Map<String, Object> ours,
            Map<String, Object> theirs, Map<String, Object> merged, List<String> conflicts) {
    }

    record Plan(String referenceHere, long caseId, long clientId, CaseBundle bundle, List<Row> here,
            List<Step> steps, MergePreview preview) {
    }

    private CaseMerge() {
    }

    static Plan plan(Reader reader, CaseBundle bundle, long caseId, long clientId, String sender, long sequence,
            long seenFromReceiver) throws SQLException {
        String reference = reader.queryOne("SELECT reference FROM case_file WHERE id = ?", r -> r.getString(1),
                caseId).orElseThrow();
        List<Row> here = CaseRows.read(reader, caseId, clientId);
        Map<String, Row> ourRecords = new HashMap<>();
        for (Row row : here) {
            if (TransferImport.IDENTIFIED.contains(row.table())) {
                ourRecords.put(row.table() + "/" + row.text("uid"), row);
            }
        }
        LastChanges lastChanges = new LastChanges(reader, reference, clientId, bundle.history());
        List<Step> steps = new ArrayList<>();
        List<RecordChange> changes = new ArrayList<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        Set<String> theirRecords = new HashSet<>();
        String caseUid = bundle.caseUid();
        Set<String> appendedHere = History.keys(caseUid, here);
        // A file older than one already imported from the same sender may carry a hold it has lifted since.
        boolean olderFile = reader.queryLong("SELECT coalesce(max(sequence), 0) FROM transfer_received "
                + "WHERE sender_uid = ?", sender) > sequence;
        for (Row row : bundle.rows()) {
            if (olderFile && KeptRecords.isHold(row)) {
                continue;
            }
            if (!TransferImport.IDENTIFIED.contains(row.table())) {
                String key = History.isAppended(row.table()) ? History.key(caseUid, row) : null;
                // A kept record (ADR 0057) is one record however often the file names it; a save stays a save.
                if (key != null && !appendedHere.contains(key)
                        && (!KeptRecords.isKept(row.table()) || appendedHere.add(key))) {
                    steps.add(new Step(Action.APPEND, row, null, History.label(caseUid, row), null, null, null,
                            List.of()));
                    changes.add(new RecordChange(reference, History.label(caseUid, row), What.HISTORY_ADDED,
                            List.of()));
                }
                continue;
            }
            String uid = row.text("uid");
            String label = RecordFields.label(row.table(), uid);
            theirRecords.add(row.table() + "/" + uid);
            Row mine = ourRecords.get(row.table() + "/" + uid);
            if (mine == null) {
                if (SeenVersions.everHad(reader, row.table(), uid)) {
                    steps.add(new Step(Action.RESTORE, row, null, label, null, null, null, List.of()));
                    removals.add(new Removal(reference, label, Side.HERE));
                } else {
                    steps.add(new Step(Action.ADD, row, null, label, null, null, null, List.of()));
                    changes.add(new RecordChange(reference, label, What.ADDED, List.of()));
                }
                continue;
            }
            VersionVector ourVersion = VersionVector.parse(mine.text("vv"));
            VersionVector theirVersion = VersionVector.parse(row.text("vv"));
            if (ourVersion.includes(theirVersion)) {
                continue;
            }
            Map<String, Object> ours = RecordFields.of(mine, here);
            Map<String, Object> theirs = RecordFields.of(row, bundle.rows());
            if (row.table().equals("note")) {
                steps.add(new Step(Action.NOTE, row, mine, label, ours, theirs, null, List.of()));
                boolean apart = !theirVersion.includes(ourVersion) && !RecordFields.same(ours.get("text"),
                        theirs.get("text"));
                changes.add(new RecordChange(reference, label, apart ? What.WORDINGS_KEPT : What.UPDATED,
                        differing(ours, theirs)));
            } else if (theirVersion.includes(ourVersion)) {
                steps.add(new Step(Action.TAKE, row, mine, label, ours, theirs, theirs, List.of()));
                addChange(changes, reference, label, differing(ours, theirs));
            } else {
                Map<String, Object> base = SeenVersions.base(reader, row.table(), uid, ourVersion, theirVersion)
                        .orElse(null);
                FieldMerge.Result result = FieldMerge.merge(base, ours, theirs);
                steps.add(new Step(Action.MERGE, row, mine, label, ours, theirs, result.fields(),
                        result.conflicts()));
                addChange(changes, reference, label, differing(ours, result.fields()));
                for (String field : result.conflicts()) {
                    conflicts.add(new FieldConflict(reference, label, field, RecordFields.display(ours.get(field)),
                            RecordFields.display(theirs.get(field)), lastChanges.of(row.table())[0],
                            lastChanges.of(row.table())[1]));
                }
            }
        }
        for (Row mine : here) {
            String uid = mine.text("uid");
            if (TransferImport.IDENTIFIED.contains(mine.table()) && !theirRecords.contains(mine.table() + "/" + uid)
                    && SeenVersions.knownTo(reader, sender, mine.table(), uid, sequence, seenFromReceiver)) {
                String label = RecordFields.label(mine.table(), uid);
                steps.add(new Step(Action.REMOVE, null, mine, label, null, null, null, List.of()));
                removals.add(new Removal(reference, label, Side.THERE));
            }
        }
        return new Plan(reference, caseId, clientId, bundle, here, steps,
                new MergePreview(changes, conflicts, removals));
    }

    private static void addChange(List<RecordChange> changes, String reference, String label, List<String> fields) {
        if (!fields.isEmpty()) {
            changes.add(new RecordChange(reference, label, What.UPDATED, fields));
        }
    }

    private static List<String> differing(Map<String, Object> ours, Map<String, Object> other) {
        return other.keySet().stream().filter(k -> !RecordFields.same(ours.get(k), other.get(k))).sorted().toList();
    }
}
