package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.RecordIds;
import org.cairn.casebook.VersionVector;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.HistoryLine;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.transfer.TransferPreview.CasePreview;
import org.cairn.transfer.TransferPreview.Status;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Opens a transfer file for this casebook, works out what it would change, and adds the cases that are new here.
 * Every check runs before anything is written; the writing is one transaction, so an import is whole or absent.
 */
final class TransferImport {
    /** The tables whose rows carry a lasting id and a version vector. */
    static final Set<String> IDENTIFIED = Set.of("client", "case_file", "note", "task", "consent",
            "case_form", "referral", "client_abuser", "client_blocked_recipient");

    private final TransferStore store;

    TransferImport(TransferStore store) {
        this.store = store;
    }

    /** A file that passed every check: addressed here, from a paired casebook, signed, intact and well formed. */
    record Opened(TransferCrypto.Header header, PairedCasebook sender, TransferPayload payload) {
    }

    Opened open(Reader reader, byte[] file, int schema) throws SQLException {
        if (file.length > TransferCrypto.MAX_BYTES) {
            throw new TransferRejectedException(Reason.TOO_LARGE);
        }
        TransferCrypto.Header header = TransferCrypto.header(file);
        if (!header.receiver().equals(TransferStore.casebookId(reader))) {
            throw new TransferRejectedException(Reason.OTHER_RECIPIENT);
        }
        PairedCasebook sender = TransferStore.byCasebookId(reader, header.sender())
                .orElseThrow(() -> new TransferRejectedException(Reason.UNKNOWN_SENDER));
        // A casebook that never showed its card has no keys, so nothing can have been encrypted to it.
        TransferKeys own = store.existingKeys(reader)
                .orElseThrow(() -> new TransferRejectedException(Reason.OTHER_RECIPIENT));
        TransferPayload payload = PayloadCodec.decode(TransferCrypto.open(file, sender.card().signingKey(), own),
                header.format());
        if (payload.schemaVersion() != schema) {
            throw new TransferRejectedException(Reason.OTHER_VERSION);
        }
        payload.cases().forEach(bundle -> checkShape(bundle, header.format(), payload.kind()));
        ErasedArrivals.refuseAny(reader, payload);
        return new Opened(header, sender, payload);
    }

    /** Refuses the whole file unless it was already imported; then says what each case would become. */
    TransferPreview preview(Reader reader, Opened opened) throws SQLException {
        return planned(reader, opened, new ArrayList<>());
    }

    /** The preview, and in {@code merges} the plan for each case already here (null for a new one), in file order. */
    private TransferPreview planned(Reader reader, Opened opened, List<CaseMerge.Plan> merges) throws SQLException {
        if (TransferStore.receivedAt(reader, opened.header().sender(), opened.header().sequence()).isPresent()) {
            throw new TransferRejectedException(Reason.REPLAYED);
        }
        // Inside the import's own transaction, so nothing can restrict a case between this check and the writing.
        RestrictedArrivals.refuseAny(reader, opened.payload());
        Map<Integer, Integer> nextInYear = new HashMap<>();
        List<CasePreview> cases = new ArrayList<>();
        for (CaseBundle bundle : opened.payload().cases()) {
            CaseMerge.Plan merge = Merging.plan(reader, opened, bundle);
            merges.add(merge);
            Status status = merge == null ? Status.NEW
                    : merge.preview().isEmpty() ? Status.UNCHANGED : Status.UPDATED;
            String here = merge == null ? bundle.reference() : merge.referenceHere();
            if (status == Status.NEW && reader.queryLong("SELECT count(*) FROM case_file WHERE reference = ?",
                    here) > 0) {
                int year = CaseReference.parse(here).year();
                // Past this casebook's references and the file's own, which later cases of it may keep.
                int next = nextInYear.computeIfAbsent(year, y -> Math.max(nextSequence(reader, y),
                        opened.payload().cases().stream().map(b -> CaseReference.parse(b.reference()))
                                .filter(r -> r.year() == y).mapToInt(r -> r.sequence() + 1).max().orElse(1)));
                nextInYear.put(year, next + 1);
                here = new CaseReference(year, next).toString();
            }
            cases.add(new CasePreview(bundle.reference(), here, status, bundle.count("note")));
        }
        return new TransferPreview(opened.sender().name(), opened.sender().fingerprint(),
                opened.header().sequence(), opened.payload().kind(), cases, Merging.combined(merges),
                ErasureExchange.asked(reader, opened.header().sender(), opened.payload()));
    }

    /** Adds the new cases as the preview worked out (inside the same transaction) and records the transfer. */
    ImportOutcome apply(Tx tx, Opened opened, AuditTrail audit, Resolutions resolutions) throws SQLException {
        List<CaseMerge.Plan> merges = new ArrayList<>();
        TransferPreview preview = planned(tx, opened, merges);
        Merging.check(preview, resolutions);
        List<String> imported = new ArrayList<>();
        List<CaseBundle> bundles = opened.payload().cases();
        for (int i = 0; i < bundles.size(); i++) {
            CasePreview plan = preview.cases().get(i);
            if (plan.status() == Status.NEW) {
                long caseId = insertCase(tx, bundles.get(i), plan.referenceHere());
                for (HistoryLine line : bundles.get(i).history()) {
                    tx.execute("INSERT INTO case_history_elsewhere(case_id, casebook_uid, at, actor, action) "
                            + "VALUES (?, ?, ?, ?, ?)", caseId, opened.header().sender(), line.at(), line.actor(),
                            line.action());
                }
                String from = "from casebook " + opened.header().sender() + ", transfer "
                        + opened.header().sequence() + (plan.referenceHere().equals(plan.reference()) ? ""
                        : ", sent as " + plan.reference());
                audit.append(tx, AuditAction.TRANSFER_RECEIVED, plan.referenceHere(), from);
                if (bundles.get(i).count("retention_hold") > 0) {
                    KeptRecords.auditHold(tx, audit, plan.referenceHere());
                }
                imported.add(plan.referenceHere());
            } else if (plan.status() == Status.UPDATED) {
                Merging.apply(tx, opened, merges.get(i), resolutions, audit);
            }
        }
        Merging.remember(tx, opened);
        ErasureExchange.remember(tx, opened, audit, store.clockMillis());
        store.recordReceived(tx, opened.header().sender(), opened.header().sequence(), opened.payload().kind(),
                audit.actor(), imported.size(), (int) preview.count(Status.UNCHANGED));
        return new ImportOutcome(preview, imported);
    }

    private static long insertCase(Tx tx, CaseBundle bundle, String referenceHere) throws SQLException {
        Map<String, Long> parents = new HashMap<>();
        Long clientId = null;
        boolean newClient = false;
        Long caseId = null;
        for (Row row : bundle.rows()) {
            String uid = row.text("uid");
            Map<String, Object> values = new LinkedHashMap<>(row.values());
            switch (row.table()) {
                case "client" -> {
                    clientId = existing(tx, "client", uid);
                    if (clientId == null) {
                        clientId = insert(tx, "client", values);
                        newClient = true;
                    }
                    continue;
                }
                case "client_language" -> {
                    if (!newClient) {
                        continue;
                    }
                    values.put("client_id", clientId);
                }
                case "case_file" -> {
                    CaseReference reference = CaseReference.parse(referenceHere);
                    values.put("reference", referenceHere);
                    values.put("ref_year", (long) reference.year());
                    values.put("ref_seq", (long) reference.sequence());
                    values.put("client_id", clientId);
                    caseId = insert(tx, "case_file", values);
                    continue;
                }
                default -> CaseRows.tieToParent(row.table(), values, caseId, clientId);
            }
            if (!CaseRows.linkHere(tx, row.table(), values, parents) || uid != null
                    && existing(tx, row.table(), uid) != null) {
                continue;
            }
            long id = insert(tx, row.table(), values);
            if (uid != null) {
                parents.put(uid, id);
            }
        }
        return caseId;
    }

    /**
     * Inserts one row, naming only columns this casebook's own table has and the file may set; SQL is built from
     * those names only, and every value is a bound parameter.
     */
    static long insert(Tx tx, String table, Map<String, Object> values) throws SQLException {
        Set<String> columns = Set.copyOf(tx.query("SELECT name FROM pragma_table_info(?)",
                row -> row.getString(1), table));
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (String column : values.keySet()) {
            if (!columns.contains(column) || column.equals("id")) {
                throw new TransferRejectedException(Reason.OTHER_VERSION);
            }
            names.append(names.length() == 0 ? "" : ", ").append('"').append(column).append('"');
            marks.append(marks.length() == 0 ? "?" : ", ?");
        }
        return tx.insert("INSERT INTO \"" + table + "\"(" + names + ") VALUES (" + marks + ")",
                values.values().toArray());
    }

    /** Sets columns of the record with lasting id {@code uid}, checked against this casebook's table as on insert. */
    static void update(Tx tx, String table, String uid, Map<String, Object> values) throws SQLException {
        Set<String> columns = Set.copyOf(tx.query("SELECT name FROM pragma_table_info(?)",
                row -> row.getString(1), table));
        StringBuilder sets = new StringBuilder();
        for (String column : values.keySet()) {
            if (!columns.contains(column) || column.equals("id") || column.equals("uid")) {
                throw new TransferRejectedException(Reason.OTHER_VERSION);
            }
            sets.append(sets.length() == 0 ? "" : ", ").append('"').append(column).append("\" = ?");
        }
        List<Object> params = new ArrayList<>(values.values());
        params.add(uid);
        tx.execute("UPDATE \"" + table + "\" SET " + sets + " WHERE uid = ?", params.toArray());
    }

    static Long existing(Reader reader, String table, String uid) throws SQLException {
        return reader.queryOne("SELECT id FROM \"" + table + "\" WHERE uid = ?", row -> row.getLong(1), uid)
                .orElse(null);
    }

    private static int nextSequence(Reader reader, int year) {
        try {
            return (int) reader.queryLong("SELECT coalesce(max(ref_seq), 0) + 1 FROM case_file WHERE ref_year = ?",
                    year);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One client row and one case row, only travelling tables, and well-formed ids and versions throughout. */
    private static void checkShape(CaseBundle bundle, int format, TransferKind kind) {
        if (bundle.count("client") != 1 || bundle.count("case_file") != 1 || bundle.count("retention_hold") > 1) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
        try {
            CaseReference.parse(bundle.reference());
            for (Row row : bundle.rows()) {
                CaseRows.Table spec = CaseRows.table(row.table());
                // Local row numbers and links never travel: the importer sets the links itself.
                if (spec == null || !java.util.Collections.disjoint(row.values().keySet(), spec.local())
                        || format < TransferCrypto.FORMAT && CaseRows.SINCE_FORMAT_3.contains(row.table())
                        || kind == TransferKind.SHARE && CaseRows.MOVE_ONLY.contains(row.table())) {
                    throw new TransferRejectedException(Reason.TAMPERED);
                }
                if (IDENTIFIED.contains(row.table())) {
                    if (!RecordIds.isWellFormed(row.text("uid"))) {
                        throw new TransferRejectedException(Reason.TAMPERED);
                    }
                    VersionVector.parse(row.text("vv"));
                }
                if (!CaseRows.linksWellFormed(row)) {
                    throw new TransferRejectedException(Reason.TAMPERED);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
    }
}
