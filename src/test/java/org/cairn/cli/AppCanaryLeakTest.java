package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.cairn.casebook.Casebook;
import org.cairn.testsupport.CanaryScanner;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule 4 of docs/ARCHITECTURE.md across the whole app: a canary written as a case note, then searched for, checked and
 * backed up through the command line, appears in plaintext in no file under the casebook folder, the backup
 * folder, Cairn's data folder (settings and logs), or the system temp folder.
 */
class AppCanaryLeakTest {
    private static final String PASS = "river stones at dawn";

    @TempDir
    Path dir;

    @Test
    void noteCanaryNeverReachesDiskInPlaintext() throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        String canary = "Kanarek" + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), 7}) + "Żółw";
        Path casebook = dir.resolve("casebook");
        Path usb = dir.resolve("usb");
        Files.createDirectories(usb);
        assertThat(CliHarness.run(PASS + "\n", "demo", "--casebook", casebook.toString(), "--cases", "20")
                .exitCode()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            long caseId = book.search("", 1).get(0).caseId();
            book.notes().add(caseId, "Client asked us to remember " + canary + " as the code word.");
            long stored = vault.read(r -> r.queryLong("SELECT count(*) FROM note WHERE text LIKE ?",
                    "%" + canary + "%"));
            assertThat(stored).as("the canary is really in the decrypted casebook").isEqualTo(1);
        }
        CliHarness.Result search = CliHarness.run(PASS + "\n", "search", "--casebook", casebook.toString(),
                canary.substring(0, 10));
        assertThat(search.out().lines()).as("search finds the note").hasSize(1);
        assertThat(CliHarness.run(PASS + "\n", "check", "--casebook", casebook.toString()).exitCode()).isZero();
        assertThat(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                usb.resolve("b.cairnbackup").toString()).exitCode()).isZero();

        Path appData = Path.of(System.getProperty("cairn.home"));
        Path logs = Path.of(System.getProperty("cairn.logDir"));
        assertThat(logs.resolve("cairn.log")).as("the log exists and so is really scanned").exists();
        assertThat(CanaryScanner.scan(canary, List.of(casebook, usb, appData, logs),
                List.of(Path.of(System.getProperty("java.io.tmpdir"))), began)).isEmpty();
    }
}
