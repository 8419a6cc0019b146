package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about a changed log, a torn write, an older copy and a folder it must not write. */
class DamagedAndOlderCasebookCommandsTest {
    private static final String PASS = "river stones at dawn\n";
    private static final List<String> FILES = List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG);

    @TempDir
    Path dir;
    private VaultOptions options;
    private Path casebook;
    /** The files as a crash would leave them, with two records in the log. */
    private Path crash;
    private long lastRecordStart;

    @BeforeEach
    void createWithRecordsInTheLog() throws IOException {
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        casebook = dir.resolve("cb");
        assertThat(CliHarness.run(options, PASS, "create", "--casebook", casebook.toString()).exitCode()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, options)) {
            vault.write(tx -> tx.execute("CREATE TABLE extra(id INTEGER PRIMARY KEY)"));
            lastRecordStart = Files.size(casebook.resolve(CasebookFiles.LOG));
            vault.write(tx -> tx.execute("INSERT INTO extra(id) VALUES (1)"));
            crash = copy(casebook, dir.resolve("crash"));
        }
    }

    @Test
    void aChangedLastRecordIsReportedAsDamageNotAsAnInterruptedWrite() throws IOException {
        byte[] log = Files.readAllBytes(crash.resolve(CasebookFiles.LOG));
        int length = (int) (log.length - lastRecordStart);
        // The frame prefix, the nonce, the sealed data and the tag of the last record.
        for (int offset : new int[] {0, 5, 9, 20, length / 2, length - 16, length - 1}) {
            byte[] changed = log.clone();
            changed[(int) lastRecordStart + offset] ^= 0x20;
            Files.write(crash.resolve(CasebookFiles.LOG), changed);
            CliHarness.Result check = CliHarness.run(PASS, "check", "--casebook", crash.toString());
            assertThat(check.exitCode()).as("offset %d: %s", offset, check.err()).isEqualTo(ExitCodes.DAMAGED);
            assertThat(check.err()).contains("damaged or was changed at byte " + lastRecordStart)
                    .contains("restore").doesNotContain("interrupted");
            assertThat(check.out()).doesNotContain("ok");
            assertThat(Files.readAllBytes(crash.resolve(CasebookFiles.LOG))).as("left for help").isEqualTo(changed);
        }
        CliHarness.Result backup = CliHarness.run(PASS, "backup", "--casebook", crash.toString(), "--to",
                dir.resolve("rescued.cairnbackup").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.err()).contains("damaged or was changed");
    }

    @Test
    void aFinalFrameCutShortIsStillDroppedQuietly() throws IOException {
        byte[] log = Files.readAllBytes(crash.resolve(CasebookFiles.LOG));
        Files.write(crash.resolve(CasebookFiles.LOG), Arrays.copyOf(log, log.length - 7));
        CliHarness.Result check = CliHarness.run(PASS, "check", "--casebook", crash.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).contains("interrupted before it was confirmed").doesNotContain("damaged");
        assertThat(check.out()).startsWith("ok:");
    }

    @Test
    void anOlderCopyPutBackIsReportedAndCanBeAcceptedKnowingly() throws IOException {
        Path older = copy(casebook, dir.resolve("older"));
        assertThat(CliHarness.run(options, PASS, "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("b1").toString()).exitCode()).isZero();
        for (String name : FILES) {
            Files.copy(older.resolve(name), casebook.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        CliHarness.Result check = CliHarness.run(options, PASS, "check", "--casebook", casebook.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(check.err()).contains("older than the copy last opened on this computer")
                .contains("--accept-older-copy");
        CliHarness.Result search = CliHarness.run(options, PASS, "search", "--casebook", casebook.toString());
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.err()).contains("older than the copy");
        CliHarness.Result accepted = CliHarness.run(options, PASS, "check", "--accept-older-copy", "--casebook",
                casebook.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.err()).contains("recorded in its audit trail");
        assertThat(olderCopyAcceptances()).as("the choice is in the audit trail, with what was found").singleElement()
                .asString().contains("older than the copy last opened");
        CliHarness.Result after = CliHarness.run(options, PASS, "check", "--casebook", casebook.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.err()).doesNotContain("older");
        assertThat(olderCopyAcceptances()).as("a copy that is not older records nothing").hasSize(1);
    }

    private List<String> olderCopyAcceptances() {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, options.withReadOnly(true))) {
            return vault.read(r -> r.query("SELECT reason FROM audit WHERE action = 'OLDER_COPY_ACCEPTED'",
                    row -> row.getString(1)));
        }
    }

    @Test
    void readOnlyCheckSearchAndBackupChangeNothingInTheFolder() throws IOException {
        byte[] log = Files.readAllBytes(crash.resolve(CasebookFiles.LOG));
        Files.write(crash.resolve(CasebookFiles.LOG), Arrays.copyOf(log, log.length - 7));
        List<byte[]> before = contents(crash);
        for (String[] command : List.of(new String[] {"check"}, new String[] {"search"},
                new String[] {"backup", "--to", dir.resolve("from-read-only").toString()})) {
            String[] args = new String[command.length + 3];
            args[0] = command[0];
            args[1] = "--read-only";
            args[2] = "--casebook";
            args[3] = crash.toString();
            System.arraycopy(command, 1, args, 4, command.length - 1);
            CliHarness.Result result = CliHarness.run(PASS, args);
            assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.err()).isZero();
            assertThat(result.err()).contains("read-only");
        }
        assertThat(contents(crash)).containsExactlyElementsOf(before);
        assertThat(crash.resolve(CasebookFiles.LOCK)).as("only the empty lock file readers share").isEmptyFile();
        CliHarness.Result restored = CliHarness.run(PASS, "restore", "--from", dir.resolve("from-read-only")
                .toString(), "--casebook", dir.resolve("restored").toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(CliHarness.run(PASS, "check", "--casebook", crash.toString()).exitCode()).isZero();
    }

    private static List<byte[]> contents(Path folder) throws IOException {
        return List.of(Files.readAllBytes(folder.resolve(CasebookFiles.SNAPSHOT)),
                Files.readAllBytes(folder.resolve(CasebookFiles.LOG)));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : FILES) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
        return to;
    }
}
