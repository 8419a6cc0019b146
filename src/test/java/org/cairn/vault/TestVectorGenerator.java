package org.cairn.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the committed FORMAT.md test vector. Run once by hand when the format changes:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.cairn.vault.TestVectorGenerator DIR}.
 */
public final class TestVectorGenerator {
    public static final String PASSPHRASE = "cairn test vector 2026";

    private TestVectorGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path work = Files.createTempDirectory("vector");
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                Vault vault = Vault.create(work, passphrase, KdfPolicy.fixed(KdfParams.floor()),
                        VaultOptions.standard()).vault()) {
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
        }
    }
}
