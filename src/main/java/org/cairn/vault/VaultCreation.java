package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.cairn.files.OwnerOnlyFiles;

/** Creating a casebook. */
final class VaultCreation {
    private static final int FIRST_SLOT_ID = 1;
    private VaultCreation() {
    }

    /** The name and role of the first person when a casebook is created without naming anyone. */
    static final String FIRST_PERSON = "administrator";

    static CreatedVault create(Path directory, Passphrase passphrase, KdfPolicy kdfPolicy, VaultOptions options) {
        return create(directory, FIRST_PERSON, FIRST_PERSON, passphrase, kdfPolicy, options);
    }

    static void requirePolicy(Passphrase passphrase) {
        if (!passphrase.meetsPolicy()) {
            throw new IllegalArgumentException(
                    "The passphrase must be at least " + Passphrase.MINIMUM_LENGTH + " characters long.");
        }
    }

    static CreatedVault create(Path directory, String name, String role, Passphrase passphrase, KdfPolicy kdfPolicy,
            VaultOptions options) {
        requirePolicy(passphrase);
        VaultPeople.requireNameAndRole(name, role);
        try {
            if (!Files.exists(directory)) {
                OwnerOnlyFiles.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new StorageFailedException("create the casebook folder", e);
        }
        if (CasebookFiles.exists(directory)) {
            throw new VaultException(VaultProblem.FOLDER_NOT_EMPTY,
                    "There is already a casebook in this folder. Choose an empty folder.", null);
        }
        LockFile lock = LockFile.acquire(directory);
        MasterKey masterKey = null;
        RecoveryKey recoveryKey = null;
        MemoryDatabase database = null;
        try {
            masterKey = new MasterKey(KeySlots.randomBytes(options.random(), 32));
            byte[] id = KeySlots.randomBytes(options.random(), SnapshotHeader.CASEBOOK_ID_BYTES);
            recoveryKey = RecoveryKey.generate(options.random());
            byte[] nameKey = KeySlots.randomBytes(options.random(), SnapshotHeader.NAME_KEY_BYTES);
            byte[] privateKey = new X25519PrivateKeyParameters(options.random()).getEncoded();
            KeySlot personSlot = VaultPeople.newPersonSlot(masterKey, id, FIRST_SLOT_ID,
                    PersonName.tag(nameKey, name), passphrase, kdfPolicy.paramsForNewSlot(), options,
                    privateKey.clone());
            KeySlot recoverySlot = RecipientSlots.recovery(masterKey, id, recoveryKey, options.random());
            String displayName = PersonName.display(name);
            People people = People.NONE.with(new PersonSlot(FIRST_SLOT_ID, displayName, role.strip(), displayName,
                    People.now(options.clock()), FIRST_SLOT_ID));
            SnapshotHeader header = new SnapshotHeader(FileKind.CASEBOOK, id, 1,
                    KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES),
                    SnapshotHeader.DEFAULT_SEGMENT_SIZE, List.of(personSlot, recoverySlot), nameKey,
                    people.seal(masterKey, id, options.random()));
            database = MemoryDatabase.empty();
            Vault vault = VaultOpening.install(directory, options, lock, masterKey, header, database, new byte[0]);
            vault.actingAs(FIRST_SLOT_ID, null, privateKey);
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
