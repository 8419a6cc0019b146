package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unlocking and crash recovery: load the snapshot, then replay the log records of its generation. */
final class VaultOpening {
    private static final Logger LOG = LoggerFactory.getLogger(VaultOpening.class);
    private VaultOpening() {
    }

    static Vault open(Path directory, VaultOptions options, SlotUnwrapper unwrapper) {
        SnapshotFile snapshot = SnapshotFile.readHeader(directory.resolve(CasebookFiles.SNAPSHOT));
        if (snapshot.header().kind() != FileKind.CASEBOOK) {
            throw new UnlockFailedException();
        }
        ReadOnlyAccess access = ReadOnlyAccess.decide(directory, options);
        LockFile lock = access.lock();
        MasterKey masterKey = null;
        MemoryDatabase database = null;
        try {
            SnapshotHeader header = snapshot.header();
            long started = System.nanoTime();
            // Argon2id keeps one core busy; the other loads SQLite meanwhile.
            MemoryDatabase.loadLibraryInBackground();
            SlotUnwrapper.Unlocked unlocked = unwrapper.unwrap(header).orElseThrow(UnlockFailedException::new);
            masterKey = new MasterKey(unlocked.masterKey());
            long unwrapped = System.nanoTime();
            byte[] image = snapshot.decrypt(masterKey);
            long decrypted = System.nanoTime();
            try {
                database = MemoryDatabase.load(image);
            } finally {
                Arrays.fill(image, (byte) 0);
            }
            long loaded = System.nanoTime();
            Vault vault = recover(directory, options, access, masterKey, header, database);
            vault.actingAs(unlocked.slotId(), unlocked.namingKey(), unlocked.holderKey());
            LOG.info("unlock: key derivation {} ms, decrypt {} ms, load {} ms, log {} ms",
                    millis(started, unwrapped), millis(unwrapped, decrypted), millis(decrypted, loaded),
                    millis(loaded, System.nanoTime()));
            return vault;
        } catch (SQLException e) {
            closeAll(lock, masterKey, database);
            throw new DamagedException(CasebookFiles.SNAPSHOT, 0, "the database image is not readable");
        } catch (RuntimeException | Error e) {
            // An Error too (memory running out while the image loads): the next try in this app must find the
            // lock free, and the key must not stay in memory.
            closeAll(lock, masterKey, database);
            throw e;
        }
    }

    private static Vault recover(Path directory, VaultOptions options, ReadOnlyAccess access, MasterKey masterKey,
            SnapshotHeader header, MemoryDatabase database) {
        Path logPath = directory.resolve(CasebookFiles.LOG);
        LogScan scan = LogScan.read(logPath, masterKey, header.generation());
        LogHeader logHeader = scan.header();
        LockFile lock = access.lock();
        if (!Arrays.equals(logHeader.casebookId(), header.casebookId())) {
            throw new DamagedException(CasebookFiles.LOG, 0, "the log belongs to another casebook");
        }
        boolean current = logHeader.generation() == header.generation();
        if (!current && logHeader.generation() != header.generation() - 1) {
            throw new DamagedException(CasebookFiles.LOG, 18, "the log does not belong to this snapshot");
        }
        String damage = current ? scan.damage() : null;
        String found = OlderCopyCheck.find(options.anchors(), header, logHeader.generation(), scan.validEnd());
        String older = options.acceptOlderCopy() ? null : found;
        String accepted = options.acceptOlderCopy() ? found : null;
        String readOnly = access.reason() != null ? access.reason()
                : damage != null ? "the log is damaged" : older != null ? "it is an older copy" : null;
        if (current) {
            replay(database, scan.records());
        }
        long replayed = current ? scan.records().size() : 0;
        if (readOnly != null) {
            // Nothing is replayed into the files: no torn tail is cut, no stale log is reset.
            return new Vault(directory, options, lock, masterKey, header, database, null, new OpenReport(replayed,
                    current && scan.tornTail(), false, damage, older, readOnly));
        }
        try {
            LogWriter log = current
                    ? LogWriter.resume(options.opener(), logPath, logHeader, masterKey, options.random(),
                            scan.validEnd(), scan.records().size())
                    // A checkpoint wrote its snapshot but stopped before starting the new log: all of it is in the
                    // snapshot.
                    : LogWriter.createEmpty(options.opener(), logPath, freshLogHeader(header, options), masterKey,
                            options.random());
            return new Vault(directory, options, lock, masterKey, header, database, log,
                    new OpenReport(replayed, current && scan.tornTail(), !current, null, null, null, accepted));
        } catch (IOException e) {
            throw new StorageFailedException("open the casebook log", e);
        }
    }

    private static void replay(MemoryDatabase database, List<byte[]> records) {
        for (int i = 0; i < records.size(); i++) {
            try {
                database.replay(TxRecordCodec.decode(records.get(i), CasebookFiles.LOG, i));
            } catch (SQLException e) {
                throw new DamagedException(CasebookFiles.LOG, 0, "log record " + i + " could not be applied");
            } finally {
                Arrays.fill(records.get(i), (byte) 0);
            }
        }
    }

    /** Writes the files of a casebook whose database image is already known (create and restore). */
    static Vault install(Path directory, VaultOptions options, LockFile lock, MasterKey masterKey,
            SnapshotHeader header, MemoryDatabase database, byte[] image) {
        try {
            // Log first: until the snapshot exists the folder is simply not a casebook yet.
            LogWriter log = LogWriter.createEmpty(options.opener(), directory.resolve(CasebookFiles.LOG),
                    freshLogHeader(header, options), masterKey, options.random());
            try {
                SnapshotFile.write(options.opener(), directory.resolve(CasebookFiles.SNAPSHOT), header, masterKey,
                        image, options.random());
            } catch (IOException | RuntimeException e) {
                log.close();
                throw e;
            }
            return new Vault(directory, options, lock, masterKey, header, database, log, new OpenReport(0, false,
                    false));
        } catch (IOException e) {
            throw new StorageFailedException("write the new casebook", e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static LogHeader freshLogHeader(SnapshotHeader header, VaultOptions options) {
        return new LogHeader(header.casebookId(), header.generation(),
                KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
    }

    static void closeAll(LockFile lock, MasterKey masterKey, MemoryDatabase database) {
        if (database != null) {
            database.close();
        }
        if (masterKey != null) {
            masterKey.close();
        }
        lock.close();
    }
}
