package org.cairn.transfer;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Migrations;

/**
 * Pairing with other casebooks and moving or sharing cases with them through files (ADR 0039). No network: a
 * file goes by whatever means the people choose, and only the casebook it was made for can open it.
 */
public final class CaseTransfers {
    private final Casebook casebook;
    private final TransferStore store;
    private final TransferExport export;
    private final TransferImport importer;
    private final MoveReceipts receipts;
    private final ImportUndo undo;
    private final int schema = Migrations.standard().latestVersion();

    public CaseTransfers(Casebook casebook, SecureRandom random) {
        this.casebook = casebook;
        this.store = new TransferStore(casebook.clock(), random);
        this.export = new TransferExport(casebook, store, new TransferCrypto(random));
        this.importer = new TransferImport(store);
        this.receipts = new MoveReceipts(casebook, store);
        this.undo = new ImportUndo(casebook);
    }

    /** This casebook's card; its keys are made, inside the casebook, the first time it is shown. */
    public PairingCard ownCard() {
        return casebook.transactions().write(tx -> {
            TransferKeys keys = store.keys(tx);
            return new PairingCard(TransferStore.casebookId(tx), keys.receivingPublic(), keys.signingPublic());
        });
    }

    public String casebookId() {
        return casebook.identities().casebookId();
    }

    public Optional<PairedCasebook> paired(String name) {
        return casebook.transactions().read(r -> TransferStore.byName(r, name));
    }

    public Optional<PairedCasebook> pairedWith(String casebookId) {
        return casebook.transactions().read(r -> TransferStore.byCasebookId(r, casebookId));
    }

    public List<PairedCasebook> allPaired() {
        return casebook.transactions().read(TransferStore::all);
    }

    /** Keeps {@code card} under {@code name}; the caller has checked the name is free and the card is new. */
    public PairedCasebook pair(String name, PairingCard card) {
        casebook.transactions().write(tx -> {
            store.pair(tx, name, card, casebook.audit().actor());
            return casebook.audit().append(tx, AuditAction.CASEBOOK_PAIRED, "casebook " + card.casebookId(),
                    "fingerprint " + card.fingerprint());
        });
        return paired(name).orElseThrow();
    }

    public ExportedTransfer export(List<CaseReference> cases, PairedCasebook to, TransferKind kind) {
        return export.export(cases, to, kind, schema);
    }

    /** What importing {@code file} would do; changes nothing. Refuses a file that fails any check. */
    public TransferPreview preview(byte[] file) {
        return casebook.transactions().read(r -> importer.preview(r, importer.open(r, file, schema)));
    }

    /**
     * Checks the whole file, runs {@code beforeWriting} (the backup) once it is known to be good, then adds the
     * new cases in one transaction. A failure leaves the casebook as it was.
     */
    public ImportOutcome importFile(byte[] file, Runnable beforeWriting) {
        return importFile(file, Resolutions.none(), beforeWriting);
    }

    /**
     * As {@link #importFile(byte[], Runnable)}, merging the cases already here with the advocate's choices. A file
     * with a conflict no choice covers, or a choice that matches nothing in it, is refused before the backup.
     */
    public ImportOutcome importFile(byte[] file, Resolutions resolutions, Runnable beforeWriting) {
        Merging.check(preview(file), resolutions);
        beforeWriting.run();
        return casebook.transactions().write(tx -> {
            TransferImport.Opened opened = importer.open(tx, file, schema);
            ImportUndo.Before before = ImportUndo.before(tx, opened.payload());
            ImportOutcome outcome = importer.apply(tx, opened, casebook.audit(), resolutions);
            // What it added, so one command can undo it, and which casebook counts each case (ADR 0043).
            undo.record(tx, opened.header(), opened.payload(), before);
            CountingOwner.afterImport(tx, opened.header().sender(), opened.payload(), before,
                    casebook.clock().millis());
            return outcome;
        });
    }

    /**
     * The number of the import of {@code file} here, for undoing it; empty when it is not imported here. Sequence
     * numbers count per receiving casebook, so only a file made for this casebook, signed by its sender and
     * opening with this casebook's key, can name an import here.
     */
    public java.util.OptionalLong importNumber(byte[] file) {
        TransferCrypto.Header header = TransferCrypto.header(file);
        return casebook.transactions().read(r -> {
            Optional<PairedCasebook> sender = TransferStore.byCasebookId(r, header.sender());
            Optional<TransferKeys> own = store.existingKeys(r);
            if (!header.receiver().equals(TransferStore.casebookId(r)) || sender.isEmpty() || own.isEmpty()) {
                return java.util.OptionalLong.empty();
            }
            try {
                java.util.Arrays.fill(TransferCrypto.open(file, sender.get().card().signingKey(), own.get()),
                        (byte) 0);
            } catch (TransferRejectedException e) {
                return java.util.OptionalLong.empty();
            }
            return r.queryOne("SELECT id FROM transfer_received WHERE sender_uid = ? AND sequence = ?",
                    row -> row.getLong(1), header.sender(), header.sequence()).map(java.util.OptionalLong::of)
                    .orElse(java.util.OptionalLong.empty());
        });
    }

    /** Whether this casebook may send the case as a move: it counts the case, or a move of it awaits its receipt. */
    public boolean mayMove(CaseReference reference) {
        return casebook.transactions().read(r -> {
            String uid = r.queryOne("SELECT uid FROM case_file WHERE reference = ?", row -> row.getString(1),
                    reference.toString()).orElse(null);
            return uid == null || !CountingOwner.countedElsewhere(r, uid) || MoveLedger.find(r, uid)
                    .filter(e -> e.state() == MoveLedger.State.AWAITING).isPresent();
        });
    }

    /**
     * Receiving side: a receipt, signed by this casebook, for the move file {@code file} imported here. Refuses a
     * share, a file not imported here and a file that fails any check ({@link ReceiptRefusedException},
     * {@link TransferRejectedException}).
     */
    public byte[] receipt(byte[] file) {
        return casebook.transactions().write(tx -> {
            TransferImport.Opened opened = importer.open(tx, file, schema);
            return receipts.make(tx, opened);
        });
    }

    /** Sending side: checks a receipt and leaves a closed stub of each case it names, in one transaction. */
    public List<MovedCase> confirm(byte[] receipt) {
        List<MovedCase> stubs = casebook.transactions().write(tx -> {
            List<MovedCase> made = new java.util.ArrayList<>();
            for (MoveLedger.Entry e : receipts.confirm(tx, receipt)) {
                made.add(moved(tx, e));
            }
            return made;
        });
        // As after an erasure: rewrite the files so that no freed page keeps the moved cases' content.
        casebook.transactions().compact();
        return stubs;
    }

    /** The cases this casebook sent as moves: awaiting their receipt, or closed stubs. */
    public List<MovedCase> moves() {
        return casebook.transactions().read(r -> {
            List<MovedCase> moved = new java.util.ArrayList<>();
            for (MoveLedger.Entry e : MoveLedger.all(r)) {
                moved.add(moved(r, e));
            }
            moved.sort(java.util.Comparator.comparing(MovedCase::sentAt).thenComparing(MovedCase::reference));
            return moved;
        });
    }

    private static MovedCase moved(org.cairn.vault.Reader reader, MoveLedger.Entry e) throws java.sql.SQLException {
        String name = TransferStore.byCasebookId(reader, e.receiver()).map(PairedCasebook::name).orElse("");
        return new MovedCase(e.reference(), e.state() == MoveLedger.State.MOVED, e.receiver(), name, e.sequence(),
                e.sentAt(), e.confirmedAt());
    }

    /**
     * The references of cases here whose owner erased them and asked, in a transfer file, that this copy be
     * erased too (ADR 0057); a request goes when the copy here is erased. Nothing is erased by itself.
     */
    public List<String> erasureRequests() {
        return casebook.transactions().read(ErasureExchange::open);
    }

    /** Undoes import {@code number} whole, in one audited transaction; returns the references it removed. */
    public List<String> undo(long number) {
        List<String> removed = casebook.transactions().write(tx -> undo.undo(tx, number));
        casebook.transactions().compact();
        return removed;
    }
}
