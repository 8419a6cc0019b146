package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.cairn.files.OwnerOnlyFiles;

/** Creating a casebook. */
final class VaultCreation {
    private VaultCreation() {
    }

    static CreatedVault create(Path directory, Passphrase passphrase, KdfPolicy kdfPolicy, VaultOptions options) {
        Vault.requirePolicy(passphrase);
        try {
            if (!Files.exists(directory)) {
                OwnerOnlyFiles.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new StorageFailedException("create the casebook folder", e);
        }
        if (CasebookFiles.exists(directory)) {
            throw new VaultException("There is already a casebook in this folder. Choose an empty folder.");
        }
        LockFile lock = LockFile.acquire(directory);
        MasterKey masterKey = null;
        RecoveryKey recoveryKey = null;
        MemoryDatabase database = null;
        try {
            masterKey = new MasterKey(KeySlots.randomBytes(options.random(), 32));
            byte[] id = KeySlots.randomBytes(options.random(), SnapshotHeader.CASEBOOK_ID_BYTES);
            recoveryKey = RecoveryKey.generate(options.random());
            KeySlot passphraseSlot = KeySlots.forPassphrase(masterKey.bytes(), id, passphrase,
                    kdfPolicy.paramsForNewSlot(), options.random());
            KeySlot recoverySlot = KeySlots.forRecoveryKey(masterKey.bytes(), id, recoveryKey, options.random());
            SnapshotHeader header = new SnapshotHeader(FileKind.CASEBOOK, id, 1,
                    KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES),
                    SnapshotHeader.DEFAULT_SEGMENT_SIZE, List.of(passphraseSlot, recoverySlot));
            database = MemoryDatabase.empty();
            Vault vault = VaultOpening.install(directory, options, lock, masterKey, header, database, new byte[0]);
            return new CreatedVault(vault, recoveryKey);
        } catch (SQLException e) {
            cleanUp(lock, masterKey, recoveryKey, database);
            throw new DatabaseException(e);
        } catch (RuntimeException e) {
            cleanUp(lock, masterKey, recoveryKey, database);
            throw e;
        }
    }

    private static void cleanUp(LockFile lock, MasterKey masterKey, RecoveryKey recoveryKey,
            MemoryDatabase database) {
        lock.close();
        if (database != null) {
            database.close();
        }
        if (masterKey != null) {
            masterKey.close();
        }
        if (recoveryKey != null) {
            recoveryKey.close();
        }
    }
}
