package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.UndoRefusedException.Reason;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Undoing a whole import in one step (ADR 0043). At import, it notes what was here before and then what the
 * import added; undoing removes exactly that, in one audited transaction, and only while none of it has changed
 * since. An import that changed cases already here is not undone this way: restoring the backup taken before it
 * is then the safe way back, and the refusal says so.
 */
final class ImportUndo {
    private final Casebook casebook;

    ImportUndo(Casebook casebook) {
        this.casebook = Objects.requireNonNull(casebook);
    }

    /** Fingerprints of the cases and clients in the file that are already here, taken before anything is written. */
    record Before(Map<String, String> cases, Map<String, String> clients) {
    }

    static Before before(Reader reader, TransferPayload payload) throws SQLException {
        Map<String, String> cases = new HashMap<>();
        Map<String, String> clients = new HashMap<>();
        for (CaseBundle bundle : payload.cases()) {
            String caseDigest = CaseDigest.ofCase(reader, bundle.caseUid());
            if (caseDigest != null) {
                cases.put(bundle.caseUid(), caseDigest);
            }
            String clientUid = clientUid(bundle);
            Optional<Long> client = reader.queryOne("SELECT id FROM client WHERE uid = ?", row -> row.getLong(1),
                    clientUid);
            if (client.isPresent()) {
                clients.put(clientUid, CaseDigest.ofClient(reader, client.get()));
            }
        }
        return new Before(cases, clients);
    }

    /** Records what the import just written in {@code tx} added; returns the import's number. */
    long record(Tx tx, TransferCrypto.Header header, TransferPayload payload, Before before) throws SQLException {
        long id = tx.queryLong("SELECT id FROM transfer_received WHERE sender_uid = ? AND sequence = ?",
                header.sender(), header.sequence());
        Map<String, String> added = new LinkedHashMap<>();
        List<String> newClients = new ArrayList<>();
        boolean merged = false;
        for (CaseBundle bundle : payload.cases()) {
            String now = CaseDigest.ofCase(tx, bundle.caseUid());
            String was = before.cases().get(bundle.caseUid());
            if (was == null && now != null) {
                added.put(bundle.caseUid(), now);
            } else if (was != null && !was.equals(now)) {
                merged = true;
            }
            String clientUid = clientUid(bundle);
            String clientWas = before.clients().get(clientUid);
            if (clientWas == null) {
                if (!newClients.contains(clientUid) && added.containsKey(bundle.caseUid())) {
                    newClients.add(clientUid);
                }
            } else {
                long clientId = tx.queryLong("SELECT id FROM client WHERE uid = ?", clientUid);
                merged |= !clientWas.equals(CaseDigest.ofClient(tx, clientId));
            }
        }
        ImportRecord record = new ImportRecord(id, payload.kind(), header.sender(), header.sequence(), merged, false,
                added, newClients);
        TransferSettings.put(tx, record.key(), record.value(), casebook.clock().millis());
        return id;
    }

    static Optional<ImportRecord> find(Reader reader, long id) throws SQLException {
        return TransferSettings.get(reader, ImportRecord.PREFIX + id).map(v -> ImportRecord.parse(id, v));
    }

    /** Imports that can still be considered for undoing, oldest first. */
    static List<ImportRecord> all(Reader reader) throws SQLException {
        List<ImportRecord> records = new ArrayList<>();
        for (String[] kv : TransferSettings.withPrefix(reader, ImportRecord.PREFIX)) {
            records.add(ImportRecord.parse(Long.parseLong(kv[0].substring(ImportRecord.PREFIX.length())), kv[1]));
        }
        records.sort(java.util.Comparator.comparingLong(ImportRecord::id));
        return records;
    }

    /** Removes what import {@code id} added; returns the references the removed cases had here. */
    List<String> undo(Tx tx, long id) throws SQLException {
        ImportRecord record = find(tx, id).orElseThrow(() -> new UndoRefusedException(Reason.NO_SUCH_IMPORT));
        if (record.receiptMade()) {
            throw new UndoRefusedException(Reason.RECEIPT_MADE);
        }
        if (record.merged()) {
            throw new UndoRefusedException(Reason.MERGED);
        }
        if (record.kind() == TransferKind.MOVE) {
            // The sender already counts it as gone (the receiver counts it): deleting it here would count it nowhere.
            throw new UndoRefusedException(Reason.MOVE_IMPORT);
        }
        List<Long> caseIds = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Map.Entry<String, String> added : record.cases().entrySet()) {
            long[] ids = CaseDigest.ids(tx, added.getKey());
            if (ids == null) {
                continue; // erased here since: nothing of it is left to take back
            }
            if (!added.getValue().equals(CaseDigest.of(tx, ids[0], ids[1])) || keptSince(tx, ids[0], ids[1])) {
                throw new UndoRefusedException(Reason.CHANGED_SINCE);
            }
            caseIds.add(ids[0]);
            references.add(tx.queryOne("SELECT reference FROM case_file WHERE id = ?", row -> row.getString(1),
                    ids[0]).orElseThrow());
        }
        List<Long> clientIds = new ArrayList<>();
        for (String clientUid : record.newClients()) {
            tx.queryOne("SELECT id FROM client WHERE uid = ?", row -> row.getLong(1), clientUid)
                    .ifPresent(clientIds::add);
        }
        for (long clientId : clientIds) {
            // Her request is a record the centre must keep answering; deleting her would unlink it.
            if (tx.queryLong("SELECT count(*) FROM subject_access_request WHERE client_id = ?", clientId) > 0) {
                throw new UndoRefusedException(Reason.CHANGED_SINCE);
            }
        }
        casebook.erasures().removeUndoneImport(tx, caseIds, clientIds);
        for (String caseUid : record.cases().keySet()) {
            CountingOwner.countedHere(tx, caseUid);
        }
        // The file may be imported again later, as if it had never been.
        tx.execute("DELETE FROM transfer_received WHERE id = ?", id);
        TransferSettings.remove(tx, record.key());
        String why = "import " + id + ": transfer " + record.sequence() + " from casebook " + record.sender();
        for (String reference : references) {
            casebook.audit().append(tx, AuditAction.TRANSFER_UNDONE, reference, why);
        }
        if (references.isEmpty()) {
            casebook.audit().append(tx, AuditAction.TRANSFER_UNDONE, "casebook " + record.sender(), why);
        }
        return references;
    }

    /**
     * Records made here since that the fingerprint does not cover and deleting the case would destroy: a correction
     * of her details. A legal hold, kept letter or MARAC decision is in the fingerprint (ADR 0057).
     */
    private static boolean keptSince(Tx tx, long caseId, long clientId) throws SQLException {
        return tx.queryLong("SELECT count(*) FROM rectification WHERE client_id = ?", clientId) > 0;
    }

    private static String clientUid(CaseBundle bundle) {
        return bundle.rows().stream().filter(r -> r.table().equals("client")).findFirst().orElseThrow().text("uid");
    }
}
