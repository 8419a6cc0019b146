package org.cairn.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the committed FORMAT.md test vector (format 2: two people and a recovery slot). Run once by hand when the
 * format changes:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cairn.vault.TestVectorGenerator DIR}.
 * The format-1 fixture beside it ({@code format-1/}) was written by the previous version and must not change.
 */
public final class TestVectorGenerator {
    public static final String FIRST_NAME = "Amina Khan";
    public static final String PASSPHRASE = "cairn test vector 2026";
    public static final String SECOND_NAME = "Bo Li";
    public static final String SECOND_PASSPHRASE = "cairn test vector, second person";
    /** The passphrase of the format-1 fixture. */
    public static final String LEGACY_PASSPHRASE = "cairn test vector 2026";
    public static final String RECOVERY_KEY_FILE = "recovery-key.txt";

    private TestVectorGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path work = Files.createTempDirectory("vector");
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                Passphrase second = Passphrase.copyOf(SECOND_PASSPHRASE.toCharArray());
                CreatedVaultCloser created = closeable(Vault.create(work, FIRST_NAME, "administrator", passphrase,
                        KdfPolicy.fixed(KdfParams.floor()), VaultOptions.standard()));
                Vault vault = created.vault()) {
            vault.people().add(SECOND_NAME, "advocate", second, KdfPolicy.fixed(KdfParams.floor()));
            vault.write(tx -> tx.execute("CREATE TABLE greeting(id INTEGER PRIMARY KEY, text TEXT)"));
            vault.write(tx -> tx.execute("INSERT INTO greeting(text) VALUES (?)", "hello from the snapshot"));
            vault.checkpoint();
            vault.write(tx -> tx.execute("INSERT INTO greeting(text) VALUES (?)", "hello from the log"));
            vault.write(tx -> tx.execute("INSERT INTO greeting(text) VALUES (?)", "¡hola! cześć مرحبا হ্যালো"));
            Files.createDirectories(target);
            // Copy while open: closing would checkpoint and leave the log empty.
            for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
                Files.copy(work.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(target.resolve(RECOVERY_KEY_FILE), new String(created.recoveryKey().format()) + "\n",
                    StandardCharsets.US_ASCII);
        }
    }

    private static CreatedVaultCloser closeable(CreatedVault created) {
        return new CreatedVaultCloser(created);
    }

    /** Wipes the recovery key once written. */
    private record CreatedVaultCloser(CreatedVault created) implements AutoCloseable {
        CreatedVault get() {
            return created;
        }

        RecoveryKey recoveryKey() {
            return created.recoveryKey();
        }

        Vault vault() {
            return created.vault();
        }

        @Override
        public void close() {
            created.recoveryKey().close();
        }
    }
}
