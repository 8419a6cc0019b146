package org.cairn.transfer;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ErasureScope;
import org.cairn.transfer.ReceiptRefusedException.Reason;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.vault.Tx;

/**
 * The two ends of a move (ADR 0043). The receiver, once a move file is imported, writes a receipt signed with its
 * pairing key; the sender checks it and keeps only a closed stub of each case: its content goes as an erasure
 * removes it, and a record of where it went and when stays. Until then the sender's case is sent, awaiting receipt.
 */
final class MoveReceipts {
    private final Casebook casebook;
    private final TransferStore store;

    MoveReceipts(Casebook casebook, TransferStore store) {
        this.casebook = Objects.requireNonNull(casebook);
        this.store = Objects.requireNonNull(store);
    }

    /** Sending side, inside the export's transaction: each case sent as a move is now awaiting its receipt. */
    static void sent(Tx tx, List<CaseBundle> bundles, String receiver, long sequence, Instant at) throws SQLException {
        for (CaseBundle bundle : bundles) {
            long[] ids = CaseDigest.ids(tx, bundle.caseUid());
            MoveLedger.awaiting(tx, bundle.caseUid(), receiver, sequence, at, bundle.reference(),
                    CaseDigest.of(tx, ids[0], ids[1]));
            // The receiver counts it from now on: a case has exactly one counting casebook.
            CountingOwner.countedBy(tx, bundle.caseUid(), receiver, at.toEpochMilli());
        }
    }

    /** Receiving side: the receipt for {@code opened}, a move file imported here. */
    byte[] make(Tx tx, TransferImport.Opened opened) throws SQLException {
        if (TransferStore.receivedAt(tx, opened.header().sender(), opened.header().sequence()).isEmpty()) {
            throw new ReceiptRefusedException(Reason.NOT_IMPORTED);
        }
        if (opened.payload().kind() != TransferKind.MOVE) {
            throw new ReceiptRefusedException(Reason.NOT_A_MOVE);
        }
        List<String> here = new ArrayList<>();
        for (CaseBundle bundle : opened.payload().cases()) {
            if (CaseDigest.ids(tx, bundle.caseUid()) == null) {
                // Whole imports only: a case of the file missing here means the import did not stand.
                throw new ReceiptRefusedException(Reason.NOT_IMPORTED);
            }
            here.add(bundle.caseUid());
        }
        long importId = tx.queryLong("SELECT id FROM transfer_received WHERE sender_uid = ? AND sequence = ?",
                opened.header().sender(), opened.header().sequence());
        var record = ImportUndo.find(tx, importId);
        if (record.isPresent()) {
            // From now on the sender may remove its copy, so this import is no longer undone by deleting it.
            TransferSettings.put(tx, record.get().key(), record.get().withReceipt().value(),
                    casebook.clock().millis());
        }
        MoveReceipt receipt = new MoveReceipt(TransferStore.casebookId(tx), opened.header().sender(),
                opened.header().sequence(), casebook.clock().instant().truncatedTo(ChronoUnit.MILLIS), here);
        casebook.audit().append(tx, AuditAction.TRANSFER_RECEIPT_MADE, "casebook " + opened.header().sender(),
                "transfer " + opened.header().sequence() + ", " + here.size() + " case(s)");
        return receipt.sign(store.keys(tx).signingPrivate());
    }

    /** Sending side: checks the receipt, then leaves a closed stub of each case it names. Returns the stubs. */
    List<MoveLedger.Entry> confirm(Tx tx, byte[] bytes) throws SQLException {
        MoveReceipt receipt = MoveReceipt.read(bytes);
        if (!receipt.addressee().equals(TransferStore.casebookId(tx))) {
            throw new ReceiptRefusedException(Reason.OTHER_RECIPIENT);
        }
        PairedCasebook signer = TransferStore.byCasebookId(tx, receipt.signer())
                .orElseThrow(() -> new ReceiptRefusedException(Reason.UNKNOWN_SENDER));
        MoveReceipt.verify(bytes, signer.card().signingKey());
        List<MoveLedger.Entry> awaiting = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String caseUid : receipt.caseUids()) {
            // Erased here since it was sent: its move record went with her, and nothing of her may come back.
            if (!org.cairn.casebook.ErasedIds.isErased(tx, caseUid)) {
                named.add(caseUid);
            }
        }
        boolean allMoved = !named.isEmpty();
        for (String caseUid : named) {
            MoveLedger.Entry entry = MoveLedger.find(tx, caseUid).orElse(null);
            boolean ours = entry != null && entry.receiver().equals(receipt.signer())
                    && entry.sequence() == receipt.sequence();
            allMoved &= ours && entry.state() == MoveLedger.State.MOVED;
            if (ours && entry.state() == MoveLedger.State.AWAITING) {
                awaiting.add(entry);
            }
        }
        if (allMoved) {
            throw new ReceiptRefusedException(Reason.REPLAYED);
        }
        if (named.isEmpty() || awaiting.size() != named.size()) {
            throw new ReceiptRefusedException(Reason.NOT_AWAITED);
        }
        for (MoveLedger.Entry entry : awaiting) {
            long[] ids = CaseDigest.ids(tx, entry.caseUid());
            if (ids != null && !entry.digest().equals(CaseDigest.of(tx, ids[0], ids[1]))) {
                throw new ReceiptRefusedException(Reason.CHANGED_SINCE_SENT);
            }
            // A hold, letter or MARAC decision added since it was sent would be deleted with the sender's copy.
        }
        Instant now = casebook.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        List<MoveLedger.Entry> stubs = new ArrayList<>();
        String where = "to casebook " + receipt.signer() + ", transfer " + receipt.sequence();
        for (MoveLedger.Entry entry : awaiting) {
            long[] ids = CaseDigest.ids(tx, entry.caseUid());
            if (ids != null) {
                boolean onlyCase = casebook.erasures().casesOf(tx, ids[1]).size() == 1;
                casebook.erasures().removeMovedAway(tx, onlyCase ? ErasureScope.CLIENT : ErasureScope.CASE, ids[1],
                        List.of(ids[0]), "moved " + where);
            }
            MoveLedger.moved(tx, entry, now);
            casebook.audit().append(tx, AuditAction.TRANSFER_MOVE_CONFIRMED, entry.reference(),
                    "closed stub: moved " + where + ", sent " + entry.sentAt() + ", confirmed " + now);
            stubs.add(MoveLedger.find(tx, entry.caseUid()).orElseThrow());
        }
        return stubs;
    }
}
