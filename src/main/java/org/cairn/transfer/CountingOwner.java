package org.cairn.transfer;

import java.sql.SQLException;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Which casebook counts a case in the anonymised counts (ADR 0043, docs/DISCLOSURE.md): exactly one, its owner. A
 * case made here is counted here; a shared copy is counted by the casebook that shared it; a moved case by the
 * casebook it moved to, from the moment it is sent. A case this casebook does not count has the setting
 * {@code counted-elsewhere.<case uid>}, which the counts leave out ({@code org.cairn.stats.Population}).
 */
final class CountingOwner {
    /** The setting's prefix; the counts' SQL names the same text. */
    static final String PREFIX = "counted-elsewhere.";

    private CountingOwner() {
    }

    static boolean countedElsewhere(Reader reader, String caseUid) throws SQLException {
        return TransferSettings.get(reader, PREFIX + caseUid).isPresent();
    }

    /** Another casebook counts this case: {@code owner} (a casebook id). */
    static void countedBy(Tx tx, String caseUid, String owner, long at) throws SQLException {
        TransferSettings.put(tx, PREFIX + caseUid, owner, at);
    }

    /**
     * After an import written in {@code tx}: a case new here by share is counted by the sender; every case of a
     * move is counted here from now on.
     */
    static void afterImport(Tx tx, String sender, TransferPayload payload, ImportUndo.Before before, long at)
            throws SQLException {
        for (TransferPayload.CaseBundle bundle : payload.cases()) {
            if (CaseDigest.ids(tx, bundle.caseUid()) == null) {
                continue;
            }
            if (payload.kind() == TransferKind.MOVE) {
                countedHere(tx, bundle.caseUid());
            } else if (!before.cases().containsKey(bundle.caseUid())) {
                countedBy(tx, bundle.caseUid(), sender, at);
            }
        }
    }

    /** This casebook counts the case again (it was moved here, or the import that brought it was undone). */
    static void countedHere(Tx tx, String caseUid) throws SQLException {
        TransferSettings.remove(tx, PREFIX + caseUid);
    }
}
