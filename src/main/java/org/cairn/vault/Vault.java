package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
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

    public static Vault open(Path directory, Passphrase passphrase, VaultOptions options) {
        return VaultOpening.open(directory, options,
                (slots, id) -> KeySlots.unwrapWithPassphrase(slots, id, passphrase));
    }

    public static Vault openWithRecoveryKey(Path directory, RecoveryKey recoveryKey, VaultOptions options) {
        return VaultOpening.open(directory, options,
                (slots, id) -> KeySlots.unwrapWithRecoveryKey(slots, id, recoveryKey));
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
            } catch (RuntimeException e) {
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
            throw new VaultException("Cairn saved the change but could not apply it. Close and reopen the casebook.", e);
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
        guard.lock();
        try {
            ensureWritable();
            long started = System.nanoTime();
            byte[] image = serialize();
            try {
                SnapshotHeader next = header.withGeneration(header.generation() + 1,
                        KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
                writeSnapshot(next, image);
                LOG.info("checkpoint: generation {}, {} KiB, {} ms", next.generation(), image.length / 1024,
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                Arrays.fill(image, (byte) 0);
            }
        } finally {
            guard.unlock();
        }
    }

    private void writeSnapshot(SnapshotHeader next, byte[] image) {
        try {
            SnapshotFile.write(options.opener(), snapshotPath(), next, masterKey, image, options.random());
        } catch (IOException e) {
            throw new StorageFailedException("write the casebook snapshot", e);
        }
        header = next;
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

    /** Replaces the passphrase slot; the master key and all data stay as they are. */
    public void changePassphrase(Passphrase newPassphrase, KdfPolicy kdfPolicy) {
        requirePolicy(newPassphrase);
        KdfParams params = kdfPolicy.paramsForNewSlot();
        replaceSlot(SlotType.PASSPHRASE, id -> KeySlots.forPassphrase(masterKey.bytes(), id, newPassphrase, params,
                options.random()));
    }

    /** Issues a new recovery key, invalidating the old one. */
    public RecoveryKey replaceRecoveryKey() {
        RecoveryKey fresh = RecoveryKey.generate(options.random());
        replaceSlot(SlotType.RECOVERY_KEY, id -> KeySlots.forRecoveryKey(masterKey.bytes(), id, fresh,
                options.random()));
        return fresh;
    }

    private void replaceSlot(SlotType type, Function<byte[], KeySlot> newSlot) {
        guard.lock();
        try {
            ensureWritable();
            List<KeySlot> slots = new ArrayList<>();
            for (KeySlot slot : header.slots()) {
                if (slot.type() != type) {
                    slots.add(slot);
                }
            }
            slots.add(newSlot.apply(header.casebookId()));
            SnapshotHeader current = header;
            header = header.withSlots(slots);
            try {
                checkpoint();
            } catch (RuntimeException e) {
                header = current;
                throw e;
            }
        } finally {
            guard.unlock();
        }
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
            byte[] image = serialize();
            try {
                SnapshotHeader backupHeader = header.withKind(FileKind.BACKUP, header.generation(),
                        KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
                SnapshotFile.write(options.opener(), target, backupHeader, masterKey, image, options.random());
            } catch (IOException e) {
                throw new StorageFailedException("write the backup", e);
            } finally {
                Arrays.fill(image, (byte) 0);
            }
        } finally {
            guard.unlock();
        }
    }

    /** SQLite's own integrity check; an empty list means the database is sound. */
    public List<String> integrityProblems() {
        List<String> result = read(reader -> database.integrityCheck());
        return result.equals(List.of("ok")) ? List.of() : result;
    }

    private byte[] serialize() {
        try {
            return database.serialize();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private void ensureUsable() {
        if (database == null) {
            throw new VaultException("The casebook is locked. Unlock it to continue.");
        }
        if (broken) {
            throw new VaultException("Cairn stopped writing after an error. Close and reopen the casebook.");
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

    private Path snapshotPath() {
        return directory.resolve(CasebookFiles.SNAPSHOT);
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

    static void requirePolicy(Passphrase passphrase) {
        if (!passphrase.meetsPolicy()) {
            throw new IllegalArgumentException(
                    "The passphrase must be at least " + Passphrase.MINIMUM_LENGTH + " characters long.");
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
            }
        } finally {
            guard.unlock();
        }
    }
}
