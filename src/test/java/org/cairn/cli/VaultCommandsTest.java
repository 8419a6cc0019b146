package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCommandsTest {
    private static final String PASS = "river stones at dawn";
    private static final Pattern KEY = Pattern.compile("([0-9A-Z]{4}-){8}[0-9A-Z]{4}");

    @TempDir
    Path dir;

    @Test
    void createPrintsRecoveryKeyOnceAndRecoverSetsNewPassphrase() {
        Path casebook = dir.resolve("cb");
        CliHarness.Result created = CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Matcher key = KEY.matcher(created.out());
        assertThat(key.find()).isTrue();

        CliHarness.Result recovered = CliHarness.run(key.group() + "\nanother long passphrase\n",
                "recover", "--casebook", casebook.toString());
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("b").toString()).exitCode()).isEqualTo(ExitCodes.UNLOCK_FAILED);
        assertThat(CliHarness.run("another long passphrase\n", "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("b").toString()).exitCode()).isZero();
    }

    @Test
    void passwdReadsOldNewAndNewAgainAndRefusesAMismatch() {
        Path casebook = dir.resolve("cb");
        CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString());
        CliHarness.Result differ = CliHarness.run(PASS + "\na new long passphrase\nsomething else entirely\n",
                "passwd", "--casebook", casebook.toString());
        assertThat(differ.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(differ.err()).contains("differ");
        CliHarness.Result changed = CliHarness.run(PASS + "\na new long passphrase\na new long passphrase\n",
                "passwd", "--casebook", casebook.toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(CliHarness.run("a new long passphrase\n", "backup", "--casebook", casebook.toString(), "--to",
                dir.resolve("b").toString()).exitCode()).isZero();
    }

    @Test
    void shortPassphraseIsAUsageErrorAndCreatesNothing() {
        Path casebook = dir.resolve("cb");
        CliHarness.Result tooShort = CliHarness.run("short\n", "create", "--casebook", casebook.toString());
        assertThat(tooShort.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooShort.err()).contains("at least 10 characters");
        assertThat(casebook.resolve("casebook.cairn")).doesNotExist();
    }

    @Test
    void aGuessablePassphraseIsRefusedByCreateAndPasswdAndChangesNothing() {
        Path casebook = dir.resolve("cb");
        for (String weak : List.of("password12", "Summer2024!!", "qwertyuiop12", "river lamp quiet")) {
            CliHarness.Result refused = CliHarness.run(weak + "\n", "create", "--casebook", casebook.toString());
            assertThat(refused.exitCode()).as(weak).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).as(weak).contains("too easy to guess").contains("10^12")
                    .doesNotContain(weak);
            assertThat(casebook.resolve("casebook.cairn")).doesNotExist();
        }
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        CliHarness.Result weakNew = CliHarness.run(PASS + "\npassword12\npassword12\n", "passwd", "--casebook",
                casebook.toString());
        assertThat(weakNew.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(weakNew.err()).contains("too easy to guess", "nothing was changed");
        assertThat(CliHarness.run(PASS + "\n", "check", "--casebook", casebook.toString()).exitCode())
                .as("the old passphrase still opens it").isZero();
    }

    @Test
    void wrongPassphraseAndAnUnreadableCasebookFileGiveTheSameLineAndExitCode() throws Exception {
        Path casebook = dir.resolve("cb");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode())
                .isZero();
        Path notCasebook = dir.resolve("other");
        Files.createDirectories(notCasebook);
        Files.write(notCasebook.resolve("casebook.cairn"), "just some text file".getBytes());
        CliHarness.Result wrong = CliHarness.run("not the passphrase\n", "passwd", "--casebook", casebook.toString());
        CliHarness.Result other = CliHarness.run(PASS + "\n", "passwd", "--casebook", notCasebook.toString());
        CliHarness.Result missing = CliHarness.run(PASS + "\n", "passwd", "--casebook", dir.resolve("none").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.UNLOCK_FAILED);
        assertThat(other.exitCode()).isEqualTo(ExitCodes.UNLOCK_FAILED);
        assertThat(wrong.err()).isEqualTo(other.err());
        // A folder that is not there is a wrong path, not a wrong passphrase.
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("there is no folder at");
        assertThat(wrong.err().lines().count()).isEqualTo(1);
    }

    @Test
    void openCasebookIsRefusedWithExitFive() {
        Path casebook = dir.resolve("cb");
        CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString());
        try (Passphrase p = Passphrase.copyOf(PASS.toCharArray());
                Vault open = Vault.open(casebook, p, VaultOptions.standard())) {
            CliHarness.Result second = CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                    dir.resolve("b").toString());
            assertThat(second.exitCode()).isEqualTo(ExitCodes.ALREADY_OPEN);
            assertThat(second.err()).isEqualTo("cairn: casebook is open in another Cairn window" + System.lineSeparator());
        }
    }

    @Test
    void backupAndRestoreRoundTripAndRefuseOverwrite() {
        Path casebook = dir.resolve("cb");
        Path backup = dir.resolve("usb").resolve("cairn.backup");
        CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString());
        assertThat(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to", backup.toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE).as("parent folder missing");
        backup.getParent().toFile().mkdirs();
        assertThat(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to", backup.toString())
                .exitCode()).isZero();
        CliHarness.Result again = CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                backup.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Result overwrite = CliHarness.run(PASS + "\n", "restore", "--from", backup.toString(),
                "--casebook", casebook.toString());
        assertThat(overwrite.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overwrite.err()).contains("already a casebook").contains("--replace");
        CliHarness.Result restored = CliHarness.run(PASS + "\n", "restore", "--from", backup.toString(),
                "--casebook", dir.resolve("restored").toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(CliHarness.run(PASS + "\n", "restore", "--from", backup.toString(), "--casebook",
                casebook.toString(), "--replace").exitCode()).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliHarness.Result result = CliHarness.run("", "create", "--nope");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("cairn: ");
    }
}
