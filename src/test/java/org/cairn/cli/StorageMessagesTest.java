package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.vault.FileOpener;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row of the README's table of failures, run through the command line: the cause is named, the code fits. */
class StorageMessagesTest {
    private static final String PASS = "river stones at dawn";

    @TempDir
    Path dir;
    private Path casebook;

    @BeforeEach
    void createCasebook() {
        casebook = dir.resolve("cb");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
    }

    private static void expect(CliHarness.Result result, int code, String words) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(code);
        assertThat(result.err()).contains(words).startsWith("cairn: ");
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(result.out()).as("nothing printed as success").isEmpty();
    }

    @Test
    void folderMissing() {
        expect(CliHarness.run(PASS + "\n", "check", "--casebook", dir.resolve("nowhere").toString()),
                ExitCodes.USAGE, "there is no folder at");
    }

    @Test
    void notAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "text");
        expect(CliHarness.run(PASS + "\n", "check", "--casebook", file.toString()), ExitCodes.USAGE,
                "is a file, not a folder");
        expect(CliHarness.run(PASS + "\n", "create", "--casebook", file.toString()), ExitCodes.USAGE,
                "is a file, not a folder");
    }

    @Test
    void notACasebook() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        expect(CliHarness.run(PASS + "\n", "search", "--casebook", empty.toString()), ExitCodes.UNLOCK_FAILED,
                "holds no Cairn casebook");
    }

    @Test
    void wrongPassphrase() {
        expect(CliHarness.run("not the passphrase\n", "check", "--casebook", casebook.toString()),
                ExitCodes.UNLOCK_FAILED, UnlockFailedException.MESSAGE);
    }

    @Test
    void missingBackupFile() {
        expect(CliHarness.run(PASS + "\n", "restore", "--from", dir.resolve("no.backup").toString(), "--casebook",
                dir.resolve("r").toString()), ExitCodes.USAGE, "there is no file at");
    }

    @Test
    void alreadyExists() {
        expect(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()), ExitCodes.USAGE,
                "there is already a casebook in");
        Path backup = dir.resolve("b.backup");
        assertThat(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                backup.toString()).exitCode()).isZero();
        expect(CliHarness.run(PASS + "\n", "restore", "--from", backup.toString(), "--casebook",
                casebook.toString()), ExitCodes.USAGE, "--replace");
        expect(CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to", backup.toString()),
                ExitCodes.USAGE, "already exists");
    }

    @Test
    void noPassphraseGiven() {
        expect(CliHarness.run("", "check", "--casebook", casebook.toString()), ExitCodes.USAGE,
                "no passphrase given");
    }

    @Test
    void permissionDeniedByTheDrive() {
        FileOpener refusing = failingFor("b.backup", path -> new AccessDeniedException(path.toString()));
        expect(backupWith(refusing), ExitCodes.NOT_PERMITTED, "permission denied");
    }

    @Test
    void permissionDeniedOnTheCasebookFile() throws IOException {
        Path snapshot = casebook.resolve("casebook.cairn");
        Files.setPosixFilePermissions(snapshot, PosixFilePermissions.fromString("---------"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot))).isEqualTo("---------");
        // Nothing stops root reading a file (CI runs as root): the message is then checked through a drive that
        // refuses a write (permissionDeniedByTheDrive), and the mode set above is all that can be checked here.
        assumeTrue(!Files.isReadable(snapshot), "running as root, which reads any file whatever its mode: "
                + "permissionDeniedByTheDrive checks this message and exit code instead");
        expect(CliHarness.run(PASS + "\n", "check", "--casebook", casebook.toString()), ExitCodes.NOT_PERMITTED,
                "permission denied");
    }

    @Test
    void readOnlyDrive() {
        FileOpener readOnly = failingFor("b.backup",
                path -> new FileSystemException(path.toString(), null, "Read-only file system"));
        CliHarness.Result result = backupWith(readOnly);
        expect(result, ExitCodes.NOT_PERMITTED, "the drive is read-only");
        assertThat(result.err()).doesNotContain("disk space");
    }

    @Test
    void diskFull() {
        FileOpener full = failingFor("b.backup", path -> new IOException("No space left on device"));
        expect(backupWith(full), ExitCodes.DISK_FULL, "the disk is full");
    }

    @Test
    void checkOnAFullDiskNeverSaysOkFirst() throws IOException {
        // A copy taken while a change sat in the log, as after a crash: closing after the check writes a
        // checkpoint, and the disk is full.
        Path copy = Files.createDirectory(dir.resolve("copy"));
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook.open(vault, CliHarness.CLOCK, "tester").audit().record(AuditAction.BACKUP_MADE, "elsewhere");
            for (String name : new String[] {"casebook.cairn", "casebook.log"}) {
                Files.copy(casebook.resolve(name), copy.resolve(name));
            }
        }
        FileOpener full = failingFor("casebook.cairn", path -> new IOException("No space left on device"));
        expect(CliHarness.runWith(VaultOptions.standard().withOpener(full), PASS + "\n", "check", "--casebook",
                copy.toString()), ExitCodes.DISK_FULL, "the disk is full");
    }

    private CliHarness.Result backupWith(FileOpener opener) {
        return CliHarness.runWith(VaultOptions.standard().withOpener(opener), PASS + "\n", "backup", "--casebook",
                casebook.toString(), "--to", dir.resolve("b.backup").toString());
    }

    @FunctionalInterface
    private interface Failure {
        IOException at(Path path);
    }

    /** Opens files as usual, except those whose name starts with {@code prefix}, which fail as a drive would. */
    private static FileOpener failingFor(String prefix, Failure failure) {
        return (path, options) -> {
            if (path.getFileName().toString().startsWith(prefix)) {
                throw failure.at(path);
            }
            return FileChannel.open(path, options);
        };
    }
}
