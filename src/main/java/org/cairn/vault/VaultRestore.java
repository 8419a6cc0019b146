package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cairn.files.OwnerOnlyFiles;

/** Restoring a backup: everything is verified before any file of the target casebook is touched. */
public final class VaultRestore {
    private VaultRestore() {
    }

    /**
     * Restores {@code backup} into {@code directory}. With {@code replaceExisting}, a casebook already there is
     * moved aside into a {@code replaced-…} folder inside it rather than deleted.
     */
    public static Vault restore(Path backup, Passphrase passphrase, Path directory, boolean replaceExisting,
            VaultOptions options) {
        return restore(backup, Unlockers.passphraseOnly(passphrase, options.kdf()), directory, replaceExisting,
                options);
    }

    /** Restores as the person called {@code name}, who must have a slot in the backup. */
    public static Vault restore(Path backup, String name, Passphrase passphrase, Path directory,
            boolean replaceExisting, VaultOptions options) {
        return restore(backup, Unlockers.person(name, passphrase, options.kdf()), directory, replaceExisting, options);
    }

    private static Vault restore(Path backup, SlotUnwrapper unwrapper, Path directory, boolean replaceExisting,
            VaultOptions options) {
        SnapshotFile file = SnapshotFile.readHeader(backup);
        if (file.header().kind() != FileKind.BACKUP) {
            throw new VaultException(VaultProblem.NOT_A_BACKUP,
                    "This file is not a Cairn backup. Choose the file made by \"Back up\".", null);
        }
        SlotUnwrapper.Unlocked unlocked = unwrapper.unwrap(file.header()).orElseThrow(UnlockFailedException::new);
        MasterKey masterKey = new MasterKey(unlocked.masterKey());
        MemoryDatabase database = null;
        LockFile lock = null;
        byte[] image = null;
        Path aside = null;
        try {
            image = file.decrypt(masterKey);
            database = loadVerified(image, backup);
            if (CasebookFiles.exists(directory) && !replaceExisting) {
                throw new VaultException(VaultProblem.RESTORE_FOLDER_NOT_EMPTY, "There is already a casebook in "
                        + directory.getFileName() + ". Restore into an empty folder, or confirm that it should be "
                        + "replaced.", null, String.valueOf(directory.getFileName()));
            }
            OwnerOnlyFiles.createDirectories(directory);
            lock = LockFile.acquire(directory);
            aside = moveAsideExisting(directory);
            SnapshotHeader header = file.header().withKind(FileKind.CASEBOOK, file.header().generation() + 1,
                    KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
            Vault vault = VaultOpening.install(directory, options, lock, masterKey, header, database, image);
            vault.actingAs(unlocked.slotId(), unlocked.namingKey(), unlocked.holderKey());
            return vault;
        } catch (IOException e) {
            putBack(directory, aside, e);
            cleanUp(lock, masterKey, database);
            throw new StorageFailedException("restore the backup", e);
        } catch (RuntimeException e) {
            putBack(directory, aside, e);
            cleanUp(lock, masterKey, database);
            throw e;
        } finally {
            if (image != null) {
                Arrays.fill(image, (byte) 0);
            }
        }
    }

    /** Loads and integrity-checks a decrypted image; package-private for the fuzz test. */
    static MemoryDatabase loadVerified(byte[] image, Path backup) {
        String name = backup.getFileName().toString();
        MemoryDatabase database = null;
        try {
            database = MemoryDatabase.load(image);
            List<String> problems = database.integrityCheck();
            if (!problems.equals(List.of("ok"))) {
                throw new DamagedException(name, 0, "the database inside fails its integrity check");
            }
            return database;
        } catch (SQLException e) {
            closeIfOpen(database);
            throw new DamagedException(name, 0, "the database inside is not readable");
        } catch (RuntimeException e) {
            closeIfOpen(database);
            throw e;
        }
    }

    private static void closeIfOpen(MemoryDatabase database) {
        if (database != null) {
            database.close();
        }
    }

    /** Returns the folder the existing casebook was moved into, or null when there was none. */
    private static Path moveAsideExisting(Path directory) throws IOException {
        if (!CasebookFiles.exists(directory)) {
            return null;
        }
        Path aside = directory.resolve("replaced-" + Instant.now().toString().replace(':', '-'));
        Files.createDirectories(aside);
        for (String name : List.of(CasebookFiles.LOG, CasebookFiles.SNAPSHOT)) {
            Path source = directory.resolve(name);
            if (Files.exists(source)) {
                Files.move(source, aside.resolve(name));
            }
        }
        AtomicFiles.forceDirectory(directory);
        return aside;
    }

    /**
     * A restore that failed after moving the existing casebook aside puts it back, over any half-written new
     * files, so the folder still opens as it did. If even that fails, the casebook stays whole in {@code aside}.
     */
    private static void putBack(Path directory, Path aside, Exception failure) {
        if (aside == null) {
            return;
        }
        try {
            // Log first: the folder is a casebook again only once its snapshot is back.
            for (String name : List.of(CasebookFiles.LOG, CasebookFiles.SNAPSHOT)) {
                Path moved = aside.resolve(name);
                if (Files.exists(moved)) {
                    Files.move(moved, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(directory.resolve(name));
                }
            }
            Files.delete(aside);
            AtomicFiles.forceDirectory(directory);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void cleanUp(LockFile lock, MasterKey masterKey, MemoryDatabase database) {
        if (database != null) {
            database.close();
        }
        masterKey.close();
        if (lock != null) {
            lock.close();
        }
    }
}
