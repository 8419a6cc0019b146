package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasebookCommandsTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    @Test
    void demoReportsEachCommitAndCheckCountsWhatItMade() {
        Path casebook = dir.resolve("demo");
        CliHarness.Result demo = CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "12",
                "--seed", "5", "--batch", "5");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        List<String> commits = demo.out().lines().filter(l -> l.startsWith("committed ")).toList();
        assertThat(commits).containsExactly("committed 5", "committed 10", "committed 12");

        CliHarness.Result check = CliHarness.run(PASS, "check", "--casebook", casebook.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).matches("ok: 12 cases, \\d+ notes\\R");
    }

    @Test
    void searchPrintsReferenceAliasAndStatusAndEveryCaseWithoutAQuery() {
        Path casebook = dir.resolve("demo");
        CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "30", "--seed", "9");
        CliHarness.Result all = CliHarness.run(PASS, "search", "--casebook", casebook.toString());
        assertThat(all.exitCode()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSize(30).allMatch(l -> l.matches("C-\\d{4}-\\d{4}\t[^\t]+\t(open|closed)"));

        String alias = lines.get(7).split("\t")[1];
        String firstWord = alias.split(" ")[0];
        CliHarness.Result found = CliHarness.run(PASS, "search", "--casebook", casebook.toString(),
                firstWord.substring(0, Math.min(4, firstWord.length())));
        assertThat(found.exitCode()).isZero();
        assertThat(found.out().lines().map(l -> l.split("\t")[1])).contains(alias);
    }

    @Test
    void damagedSnapshotIsExitFourNamingFileAndPosition() throws Exception {
        Path casebook = dir.resolve("demo");
        CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "3");
        try (RandomAccessFile file = new RandomAccessFile(casebook.resolve("casebook.cairn").toFile(), "rw")) {
            file.seek(file.length() - 100);
            int b = file.read();
            file.seek(file.length() - 100);
            file.write(b ^ 0x40);
        }
        CliHarness.Result check = CliHarness.run(PASS, "check", "--casebook", casebook.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(check.err()).startsWith("cairn: casebook.cairn is damaged at byte ").contains("Restore");
        assertThat(check.err().lines().count()).isEqualTo(1);
    }

    @Test
    void backupIsRecordedInTheAuditTrailOnlyAfterItSucceeds() throws Exception {
        Path casebook = dir.resolve("demo");
        CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "1");
        assertThat(CliHarness.run(PASS, "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("missing-folder/b.cairnbackup").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(PASS, "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("b.cairnbackup").toString()).exitCode()).isZero();
        try (var passphrase = org.cairn.vault.Passphrase.copyOf("river stones at dawn".toCharArray());
                var vault = org.cairn.vault.Vault.open(casebook, passphrase, org.cairn.vault.VaultOptions.standard())) {
            var book = org.cairn.casebook.Casebook.open(vault, CliHarness.CLOCK, "tester");
            assertThat(book.audit().recent(100)).filteredOn(e -> e.action() == org.cairn.casebook.AuditAction.BACKUP_MADE)
                    .hasSize(1);
        }
    }

    @Test
    void badNumbersAreUsageErrors() {
        assertThat(CliHarness.run(PASS, "demo", "--casebook", dir.resolve("x").toString(), "--cases", "-1")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(PASS, "demo", "--casebook", dir.resolve("x").toString(), "--cases", "lots")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
