package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.CaseReference;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.HistoryLine;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/** Writes the chosen cases into one sealed, signed file for a paired casebook, and records that it did. */
final class TransferExport {
    /** Enough of a case's audit trail to see its life; a case with more sends its latest lines. */
    static final int MAX_HISTORY_LINES = 5_000;

    private final Casebook casebook;
    private final TransferStore store;
    private final TransferCrypto crypto;

    TransferExport(Casebook casebook, TransferStore store, TransferCrypto crypto) {
        this.casebook = casebook;
        this.store = store;
        this.crypto = crypto;
    }

    /** The file's bytes. One transaction takes the sequence number and leaves one audit row per case. */
    ExportedTransfer export(List<CaseReference> references, PairedCasebook to, TransferKind kind, int schema) {
        return casebook.transactions().write(tx -> {
            TransferKeys own = store.keys(tx);
            String self = TransferStore.casebookId(tx);
            List<CaseBundle> bundles = new ArrayList<>();
            for (CaseReference reference : references) {
                bundles.add(bundle(tx, reference, kind));
            }
            if (kind == TransferKind.MOVE) {
                refuseUnmovable(tx, bundles, to.card().casebookId());
            }
            long sequence = TransferStore.nextSequence(tx, to);
            long seenFromReceiver = tx.queryLong("SELECT coalesce(max(sequence), 0) FROM transfer_received "
                    + "WHERE sender_uid = ?", to.card().casebookId());
            List<String> erased = ErasureExchange.outgoing(tx, to.card().casebookId(), sequence,
                    casebook.clock().millis());
            byte[] payload = PayloadCodec.encode(new TransferPayload(kind, schema, casebook.clock().millis(),
                    seenFromReceiver, bundles, erased));
            for (CaseBundle bundle : bundles) {
                SeenVersions.record(tx, to.card().casebookId(), SeenVersions.Direction.SENT, sequence, bundle);
            }
            byte[] file = crypto.seal(new TransferCrypto.Header(self, to.card().casebookId(), sequence), own,
                    to.card().receivingKey(), payload);
            for (CaseReference reference : references) {
                casebook.audit().append(tx, AuditAction.TRANSFER_SENT, reference.toString(),
                        kind.name().toLowerCase(java.util.Locale.ROOT) + " to casebook " + to.card().casebookId()
                                + ", transfer " + sequence);
            }
            if (kind == TransferKind.MOVE) {
                MoveReceipts.sent(tx, bundles, to.card().casebookId(), sequence, casebook.clock().instant());
            }
            return new ExportedTransfer(file, sequence, references.size());
        });
    }

    /**
     * A case whose move to another casebook awaits its receipt is not moved elsewhere (both would count it). A
     * legal hold, kept letters and MARAC decisions travel with the case (ADR 0057), so they no longer stop a move.
     */
    private static void refuseUnmovable(Tx tx, List<CaseBundle> bundles, String receiver) throws SQLException {
        for (CaseBundle bundle : bundles) {
            boolean awaitingElsewhere = MoveLedger.find(tx, bundle.caseUid())
                    .filter(e -> e.state() == MoveLedger.State.AWAITING && !e.receiver().equals(receiver))
                    .isPresent();
            if (awaitingElsewhere) {
                throw new MoveRefusedException(MoveRefusedException.Reason.AWAITING_OTHER);
            }
        }
    }

    private static CaseBundle bundle(Tx tx, CaseReference reference, TransferKind kind) throws SQLException {
        long[] ids = tx.queryOne("SELECT id, client_id FROM case_file WHERE reference = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, reference.toString())
                .orElseThrow(() -> new IllegalArgumentException("no case " + reference));
        return new CaseBundle(CaseRows.read(tx, ids[0], ids[1], kind), history(tx, reference.toString(), ids[1]));
    }

    /** The audit lines about the case and its client, oldest first: when, who, what (never the reason). */
    private static List<HistoryLine> history(Reader reader, String reference, long clientId) throws SQLException {
        List<HistoryLine> latest = reader.query("""
                SELECT at, actor, action FROM audit
                WHERE subject = ? OR subject LIKE ? ESCAPE '\\' OR subject = ?
                ORDER BY id DESC LIMIT ?""",
                row -> new HistoryLine(row.getLong(1), row.getString(2), row.getString(3)), reference,
                reference + " %", "client:" + clientId, MAX_HISTORY_LINES);
        List<HistoryLine> oldestFirst = new ArrayList<>(latest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
