package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.transfer.TransferImport.Opened;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.HistoryLine;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/** How an import merges the cases that are already here (ADR 0042); the import's flow calls these steps. */
final class Merging {
    private Merging() {
    }

    /** The merge plan for a case already here, or null when the case is new here. */
    static CaseMerge.Plan plan(Reader reader, Opened opened, CaseBundle bundle) throws SQLException {
        Optional<long[]> here = reader.queryOne("SELECT id, client_id FROM case_file WHERE uid = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, bundle.caseUid());
        if (here.isEmpty()) {
            return null;
        }
        return CaseMerge.plan(reader, bundle, here.get()[0], here.get()[1], opened.header().sender(),
                opened.header().sequence(), opened.payload().seenFromReceiver());
    }

    static MergePreview combined(List<CaseMerge.Plan> plans) {
        List<MergePreview.RecordChange> changes = new ArrayList<>();
        List<MergePreview.FieldConflict> conflicts = new ArrayList<>();
        List<MergePreview.Removal> removals = new ArrayList<>();
        for (CaseMerge.Plan plan : plans) {
            if (plan != null) {
                changes.addAll(plan.preview().changes());
                conflicts.addAll(plan.preview().conflicts());
                removals.addAll(plan.preview().removals());
            }
        }
        return new MergePreview(changes, conflicts, removals);
    }

    /** Refuses, before anything is written, choices that match nothing and conflicts left without a choice. */
    static void check(TransferPreview preview, Resolutions resolutions) {
        if (!resolutions.unmatched(preview.merge()).isEmpty()) {
            throw new TransferRejectedException(Reason.RESOLUTION_UNKNOWN);
        }
        if (!resolutions.unresolved(preview.merge()).isEmpty()) {
            throw new TransferRejectedException(Reason.CONFLICTS_UNRESOLVED);
        }
    }

    /** Writes the merge of one case, adds the sender's new history lines about it, and leaves one audit row. */
    static void apply(Tx tx, Opened opened, CaseMerge.Plan plan, Resolutions resolutions, AuditTrail audit)
            throws SQLException {
        String self = TransferStore.casebookId(tx);
        MergeWriter.Done done = MergeWriter.apply(tx, plan, resolutions, self, audit);
        String sender = opened.header().sender();
        for (HistoryLine line : plan.bundle().history()) {
            boolean known = tx.queryLong("SELECT count(*) FROM case_history_elsewhere WHERE case_id = ? AND "
                    + "casebook_uid = ? AND at = ? AND actor = ? AND action = ?", plan.caseId(), sender, line.at(),
                    line.actor(), line.action()) > 0;
            if (!known) {
                tx.execute("INSERT INTO case_history_elsewhere(case_id, casebook_uid, at, actor, action) "
                        + "VALUES (?, ?, ?, ?, ?)", plan.caseId(), sender, line.at(), line.actor(), line.action());
            }
        }
        long conflicts = plan.preview().conflicts().size();
        audit.append(tx, AuditAction.TRANSFER_RECEIVED, plan.referenceHere(), "merged from casebook " + sender
                + ", transfer " + opened.header().sequence() + ": " + done.added() + " added, " + done.updated()
                + " updated, " + conflicts + " conflict(s) (" + done.takenFromThere() + " taken from there, "
                + (conflicts - done.takenFromThere()) + " kept here), " + plan.preview().removals().size()
                + " removal(s) shown, " + done.removalsApplied() + " applied");
    }

    /**
     * Every record in the file becomes a version this casebook and the sender are both known to have had, except
     * those of a restricted case or its client: their details are sealed here and never kept in plain.
     */
    static void remember(Tx tx, Opened opened) throws SQLException {
        for (CaseBundle bundle : opened.payload().cases()) {
            if (RestrictedArrivals.isRestricted(tx, bundle)) {
                continue;
            }
            SeenVersions.record(tx, opened.header().sender(), SeenVersions.Direction.RECEIVED,
                    opened.header().sequence(), bundle);
        }
    }
}
