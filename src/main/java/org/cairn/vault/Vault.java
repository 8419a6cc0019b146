package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open casebook: the decrypted database in memory, the redo log it appends to, and the keys. All access is
 * serialised through one lock; every write goes through {@link #write(TxWork)}.
 */
public final class Vault implements Transactions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    private final Path directory;
    private final VaultOptions options;
    private final LockFile lockFile;
    private final OpenReport openReport;
    private final ReentrantLock guard = new ReentrantLock();
    private MasterKey masterKey;
    private SnapshotHeader header;
    private MemoryDatabase database;
    private LogWriter log;
    private boolean broken;
    private final ActingKeys acting = new ActingKeys();

    Vault(Path directory, VaultOptions options, LockFile lockFile, MasterKey masterKey, SnapshotHeader header,
            MemoryDatabase database, LogWriter log, OpenReport openReport) {
        this.directory = directory;
        this.options = options;
        this.lockFile = lockFile;
        this.masterKey = masterKey;
        this.header = header;
        this.database = database;
        this.log = log;
        this.openReport = openReport;
        LOG.info("casebook opened: generation {}, {} logged transactions replayed{}{}{}", header.generation(),
                openReport.replayedTransactions(),
                openReport.droppedUnconfirmedWrite() ? ", an unconfirmed final write dropped" : "",
                openReport.discardedStaleLog() ? ", an interrupted checkpoint completed" : "",
                openReport.readOnly() ? ", read-only: " + openReport.readOnlyReason() : "");
        rememberProgress(true);
    }

    /**
     * Tells this computer how far the casebook got, after the log is durable. Forced at open, checkpoint and close;
     * after a commit it is left to the operating system, which keeps a commit at one forced write.
     */
    private void rememberProgress(boolean force) {
        if (options.anchors() != null && !openReport.readOnly() && log != null) {
            options.anchors().remember(new RollbackAnchors.Anchor(header.casebookId(), header.generation(),
                    log.size()), force);
        }
    }

    /** True when this casebook was opened read-only; {@link OpenReport#readOnlyReason()} says why. */
    public boolean readOnly() {
        return openReport.readOnly();
    }

    /** Creates a new casebook in {@code directory}, which must not hold one already. */
    public static CreatedVault create(Path directory, Passphrase passphrase, KdfPolicy kdfPolicy,
            VaultOptions options) {
        return VaultCreation.create(directory, passphrase, kdfPolicy, options);
    }

    /** Creates a new casebook whose first person is {@code name}, with {@code role}. */
    public static CreatedVault create(Path directory, String name, String role, Passphrase passphrase,
            KdfPolicy kdfPolicy, VaultOptions options) {
        return VaultCreation.create(directory, name, role, passphrase, kdfPolicy, options);
    }

    /** Unlocks as {@code name} (one key derivation); an unknown name fails exactly as a wrong passphrase does. */
    public static Vault open(Path directory, String name, Passphrase passphrase, VaultOptions options) {
        return VaultOpening.open(directory, options, Unlockers.person(name, passphrase, options.kdf()));
    }

    /** Unlocks a casebook that has one person (or one unnamed passphrase); refuses one shared by several. */
    public static Vault open(Path directory, Passphrase passphrase, VaultOptions options) {
        return VaultOpening.open(directory, options, Unlockers.passphraseOnly(passphrase, options.kdf()));
    }

    public static Vault openWithRecoveryKey(Path directory, RecoveryKey recoveryKey, VaultOptions options) {
        return VaultPeople.upgradeRecoverySlot(VaultOpening.open(directory, options,
                Unlockers.recoveryKey(recoveryKey)), recoveryKey, options);
    }

    /** The people who hold slots, and the changes to them: listing, adding, removing (rotates the key). */
    public VaultPeople people() {
        return new VaultPeople(this, options);
    }

    void actingAs(int slotId, byte[] key, byte[] holder) {
        locked(() -> acting.set(slotId, key, holder));
    }

    /** Reads the header with the private key of whoever unlocked (null for a format-1 slot), under the lock. */
    <T> T withHolderKey(java.util.function.BiFunction<SnapshotHeader, byte[], T> use) {
        return inspect((current, key, slotId) -> use.apply(current, acting.holderKey()));
    }

    /** Reads the header with the key and who unlocked, under the vault's lock. */
    <T> T inspect(Inspection<T> inspection) {
        return locked(() -> {
            ensureUsable();
            return inspection.apply(header, masterKey, acting.slotId());
        });
    }

    /** This computer's erasure journal for this casebook (ADR 0041); empty when opened without a data folder. */
    public Optional<LocalJournal> localJournal() {
        return LocalJournal.beside(options.anchors(), locked(() -> header.casebookId().clone()));
    }

    public OpenReport openReport() {
        return openReport;
    }

    public Path directory() {
        return directory;
    }

    public long generation() {
        return locked(() -> header.generation());
    }

    @Override
    public Optional<byte[]> casebookId() {
        return Optional.of(locked(() -> header.casebookId().clone()));
    }

    /** Runs {@code work} in a transaction; returns once the change is in the log and forced to disk. */
    @Override
    public <T> T write(TxWork<T> work) {
        if (guard.isHeldByCurrentThread()) {
            // An inner write would commit the outer one's half-done work under the inner record.
            throw new IllegalStateException("a vault write cannot start inside another read or write");
        }
        guard.lock();
        try {
            ensureUsable();
            MemoryDatabase.RecordingTx tx = database.begin();
            T result;
            try {
                result = work.run(tx);
            } catch (SQLException e) {
                database.rollback();
                throw new DatabaseException(e);
            } catch (RuntimeException | Error e) { // an Error too: its rows must not ride the next commit
                database.rollback();
                throw e;
            }
            if (!tx.recorded().isEmpty() && readOnly()) {
                // Work that only reads (a preview) may run; anything that would change the casebook may not.
                database.rollback();
                ensureWritable();
            }
            if (!tx.recorded().isEmpty()) {
                appendOrRollBack(TxRecordCodec.encode(tx.recorded()));
                rememberProgress(false);
            }
            commitInMemory();
            if (log != null && log.size() > options.checkpointLogBytes()) {
                checkpointAfterAcknowledgedWrite();
            }
            return result;
        } finally {
            guard.unlock();
        }
    }

    private void appendOrRollBack(byte[] record) {
        try {
            ensureLog();
            log.append(record);
        } catch (IOException e) {
            database.rollback();
            throw new StorageFailedException("save the change", e);
        } finally {
            Arrays.fill(record, (byte) 0);
        }
    }

    /**
     * The write is already durable in the log, so a checkpoint that fails here (disk full) must not make the
     * write look failed: the log simply stays longer and the next write, lock or close tries again.
     */
    private void checkpointAfterAcknowledgedWrite() {
        try {
            checkpoint();
        } catch (StorageFailedException | DatabaseException deferred) {
            // Retried later; the log and the old snapshot still hold everything.
        }
    }

    private void commitInMemory() {
        try {
            database.commit();
        } catch (SQLException e) {
            // The record is durable but memory disagrees: reopening replays it, so stop writing until then.
            broken = true;
            throw new VaultException(VaultProblem.APPLY_FAILED, "Saved, not applied: close and reopen it.", e);
        }
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        guard.lock();
        try {
            ensureUsable();
            return work.run(database.reader());
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            guard.unlock();
        }
    }

    /** Writes a new snapshot (generation + 1) and starts an empty log. Call off the UI thread. */
    public void checkpoint() {
        rewrite((current, key, next, naming) -> current, false);
    }

    /**
     * Writes a snapshot (generation + 1) with the header {@code change} makes, then an empty log. With {@code
     * newMasterKey} both are under a fresh key; the snapshot's rename is the switch (docs/FORMAT.md, rotation).
     */
    void rewrite(HeaderChange change, boolean newMasterKey) {
        guard.lock();
        try {
            ensureWritable();
            long started = System.nanoTime();
            byte[] image = database.serialize();
            MasterKey key = newMasterKey ? new MasterKey(KeySlots.randomBytes(options.random(), 32)) : masterKey;
            try {
                SnapshotHeader next = change.apply(header, masterKey, key, acting.namingKey()).withGeneration(header.generation() + 1,
                        KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
                writeSnapshot(next, image, key);
                if (key != masterKey) {
                    MasterKey old = masterKey;
                    masterKey = key;
                    old.close();
                }
                startLogAfterSnapshot();
                LOG.info("checkpoint{}: generation {}, {} KiB, {} ms", newMasterKey ? " with a new master key" : "",
                        next.generation(), image.length / 1024, (System.nanoTime() - started) / 1_000_000);
            } finally {
                Arrays.fill(image, (byte) 0);
                if (key != masterKey) {
                    key.close();
                }
            }
        } finally {
            guard.unlock();
        }
    }

    private void writeSnapshot(SnapshotHeader next, byte[] image, MasterKey key) {
        try {
            SnapshotFile.write(options.opener(), directory.resolve(CasebookFiles.SNAPSHOT), next, key, image, options.random());
        } catch (IOException e) {
            throw new StorageFailedException("write the casebook snapshot", e);
        }
        header = next;
    }

    private void startLogAfterSnapshot() {
        closeLog();
        try {
            ensureLog();
        } catch (IOException e) {
            // The checkpoint itself succeeded: the new snapshot (with any new key slot) is in place and holds
            // everything. Reporting a failure here would make a passphrase change look undone while the old
            // passphrase no longer opens the file. The next write starts the log, or reports the disk problem.
        }
        rememberProgress(true);
    }

    private void ensureLog() throws IOException {
        if (log == null) {
            LogHeader logHeader = new LogHeader(header.casebookId(), header.generation(),
                    KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
            log = LogWriter.createEmpty(options.opener(), directory.resolve(CasebookFiles.LOG), logHeader, masterKey,
                    options.random());
        }
    }

    /** VACUUM, so no freed page keeps deleted rows, then a checkpoint: new snapshot, empty log (ADR 0041). */
    @Override
    public void compact() {
        locked(() -> {
            ensureWritable();
            database.vacuum();
            checkpoint();
            return null;
        });
    }

    /** Replaces the passphrase of the person who unlocked (see {@link VaultPeople#changeOwnPassphrase}). */
    public void changePassphrase(Passphrase newPassphrase, KdfPolicy kdfPolicy) {
        people().changeOwnPassphrase(newPassphrase, kdfPolicy);
    }

    /** Issues a new recovery key, invalidating the old one. */
    public RecoveryKey replaceRecoveryKey() {
        return people().replaceRecoveryKey();
    }

    /** Checkpoints, then writes the same image to {@code target} as one encrypted, authenticated backup file. */
    public void backupTo(Path target) {
        guard.lock();
        try {
            if (readOnly()) {
                // The image in memory already holds the replayed log, so the backup is complete without one.
                ensureUsable();
            } else {
                checkpoint();
            }
            BackupFile.write(options, target, header, masterKey, database.serialize());
        } finally {
            guard.unlock();
        }
    }

    /** SQLite's own integrity check; an empty list means the database is sound. */
    public List<String> integrityProblems() {
        List<String> result = read(reader -> database.integrityCheck());
        return result.equals(List.of("ok")) ? List.of() : result;
    }

    private void ensureUsable() {
        if (database == null) {
            throw new VaultException(VaultProblem.LOCKED, "The casebook is locked. Unlock it to continue.", null);
        }
        if (broken) {
            throw new VaultException(VaultProblem.STOPPED_AFTER_ERROR, "Stopped after an error: reopen it.", null);
        }
    }

    private void ensureWritable() {
        ensureUsable();
        if (readOnly()) {
            throw new ReadOnlyException(openReport.readOnlyReason());
        }
    }

    private <T> T locked(java.util.function.Supplier<T> supplier) {
        guard.lock();
        try {
            return supplier.get();
        } finally {
            guard.unlock();
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // Everything in it is already forced to disk.
            }
            log = null;
        }
    }

    /** Checkpoints when there is anything in the log, then wipes the keys and drops the decrypted database. */
    @Override
    public void close() {
        guard.lock();
        try {
            if (database == null) {
                return;
            }
            try {
                if (!broken && log != null && log.size() > LogHeader.BYTES) {
                    checkpoint();
                } else if (!broken) {
                    rememberProgress(true);
                }
            } finally {
                closeLog();
                database.close();
                database = null;
                masterKey.close();
                masterKey = null;
                lockFile.close();
                actingAs(SlotUnwrapper.Unlocked.RECOVERY, null, null);
            }
        } finally {
            guard.unlock();
        }
    }
}
