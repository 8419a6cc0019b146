package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.cairn.testsupport.CanaryScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 4 at vault level: a distinctive string written into the casebook (as a bound parameter, a blob, an
 * SQL literal and full-text index content) appears in no file in the casebook folder, the backup, or any file
 * written to the system temp folder during the test, in UTF-8, UTF-16LE or UTF-16BE.
 */
class CanaryLeakTest {
    private static final List<Charset> ENCODINGS = CanaryScanner.ENCODINGS;

    @TempDir
    Path dir;

    @Test
    void canaryIsNowhereOnDiskButIsInTheDatabase() throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        String canary = "CANARY-Żółw-9f3b1c-" + HexFormat.of().formatHex(KeySlots.randomBytes(new java.security.SecureRandom(), 4));
        Path casebook = dir.resolve("casebook");
        Path backup = dir.resolve("usb/backup.cairnbak");
        Files.createDirectories(backup.getParent());
        try (Vault vault = TestVaults.create(casebook).vault()) {
            vault.write(tx -> {
                tx.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT, raw BLOB)");
                return tx.execute("CREATE VIRTUAL TABLE notes_fts USING fts5(text)");
            });
            addCanaries(vault, canary, "before checkpoint");
            vault.checkpoint();
            vault.backupTo(backup);
            addCanaries(vault, canary, "only in the log");
            long inNotes = vault.read(r -> r.queryLong("SELECT count(*) FROM notes WHERE text LIKE ?", "%" + canary + "%"));
            assertThat(inNotes).as("the canary is really in the decrypted database").isEqualTo(6);
            long inIndex = vault.read(r -> r.queryLong("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                    "\"" + canary + "\""));
            assertThat(inIndex).as("and in the full-text index").isEqualTo(2);
            assertThat(scan(canary, casebook, backup.getParent(), began)).as("while open").isEmpty();
        }
        assertThat(scan(canary, casebook, backup.getParent(), began)).as("after close").isEmpty();
    }

    @Test
    void scannerFindsThePlaintextInEveryEncoding() throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        String canary = "CANARY-Żółw-selfcheck";
        for (Charset charset : ENCODINGS) {
            Files.write(dir.resolve(charset.name()), ("xx" + canary + "yy").getBytes(charset));
        }
        assertThat(scan(canary, dir, dir, began)).hasSize(3);
    }

    private static void addCanaries(Vault vault, String canary, String where) {
        vault.write(tx -> {
            tx.execute("INSERT INTO notes(text, raw) VALUES (?, ?)", "note " + where + " " + canary,
                    canary.getBytes(StandardCharsets.UTF_16LE));
            tx.execute("INSERT INTO notes(text) VALUES ('literal " + where + " " + canary + "')");
            tx.execute("INSERT INTO notes(text) VALUES (?)", canary.repeat(50));
            return tx.execute("INSERT INTO notes_fts(text) VALUES (?)", "the client said " + canary);
        });
    }

    private static Set<String> scan(String canary, Path casebook, Path backupFolder, Instant began)
            throws IOException {
        return CanaryScanner.scan(canary, List.of(casebook, backupFolder),
                List.of(Path.of(System.getProperty("java.io.tmpdir"))), began);
    }
}
