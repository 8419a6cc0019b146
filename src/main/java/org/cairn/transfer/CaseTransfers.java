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
    private final int schema = Migrations.standard().latestVersion();

    public CaseTransfers(Casebook casebook, SecureRandom random) {
        this.casebook = casebook;
        this.store = new TransferStore(casebook.clock(), random);
        this.export = new TransferExport(casebook, store, new TransferCrypto(random));
        this.importer = new TransferImport(store);
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
        return casebook.transactions().write(tx -> importer.apply(tx, importer.open(tx, file, schema),
                casebook.audit(), resolutions));
    }
}
