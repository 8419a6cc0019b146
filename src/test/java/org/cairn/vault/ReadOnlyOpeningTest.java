package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A casebook Cairn cannot (or must not) write opens read-only: readable, backed up, and left byte for byte. */
class ReadOnlyOpeningTest {
    @TempDir
    Path root;
    private Path casebook;

    @BeforeEach
    void create() throws IOException {
        casebook = root.resolve("casebook");
        Path crash;
        try (Vault vault = TestVaults.create(casebook).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "in the snapshot");
            vault.checkpoint();
            TestVaults.addRow(vault, "only in the log");
            crash = CrashCopy.of(casebook, root);
        }
        // A crash copy: the log holds a record and ends in a torn write, so a writable open would change the files.
        Files.write(crash.resolve(CasebookFiles.LOG), new byte[] {0, 0, 1, 0, 9}, StandardOpenOption.APPEND);
        casebook = crash;
    }

    @Test
    void askedForReadOnlyItReadsEverythingAndChangesNothing() throws IOException {
        List<byte[]> before = files();
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard().withReadOnly(true))) {
            assertThat(vault.readOnly()).isTrue();
            assertThat(vault.openReport().readOnlyReason()).isEqualTo(ReadOnlyAccess.ASKED);
            assertThat(TestVaults.rows(vault)).containsExactly("in the snapshot", "only in the log");
            assertThatThrownBy(() -> TestVaults.addRow(vault, "x")).isInstanceOf(ReadOnlyException.class);
            assertThat(TestVaults.rows(vault)).as("the refused change was rolled back").hasSize(2);
            long counted = vault.write(tx -> tx.queryLong("SELECT count(*) FROM t"));
            assertThat(counted).as("work that only reads").isEqualTo(2L);
            assertThatThrownBy(vault::checkpoint).isInstanceOf(ReadOnlyException.class);
            vault.backupTo(root.resolve("copy.cairnbackup"));
        }
        assertUnchanged(before);
        assertThat(casebook.resolve(CasebookFiles.LOCK)).as("only the empty lock file that readers share")
                .isEmptyFile();
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault restored = VaultRestore.restore(root.resolve("copy.cairnbackup"), passphrase,
                        root.resolve("restored"), false, VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("in the snapshot", "only in the log");
        }
        try (Vault writable = TestVaults.open(casebook)) {
            assertThat(writable.readOnly()).isFalse();
            assertThat(TestVaults.rows(writable)).containsExactly("in the snapshot", "only in the log");
        }
    }

    @Test
    void aFolderWithoutWritePermissionOpensReadOnly() throws IOException {
        assumeTrue(Files.getFileStore(casebook).supportsFileAttributeView("posix"), "needs POSIX permissions");
        List<byte[]> before = files();
        var readOnly = PosixFilePermissions.fromString("r-x------");
        Files.setPosixFilePermissions(casebook.resolve(CasebookFiles.SNAPSHOT), PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(casebook.resolve(CasebookFiles.LOG), PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(casebook, readOnly);
        try {
            // Decided by what the account can do, not by its name: root (as CI runs) writes any folder.
            assumeTrue(!Files.isWritable(casebook), "this account (root?) can still write a folder without write "
                    + "permission; ReadOnlyMediaAcrossProcessesTest opens a casebook on a read-only bind mount, "
                    + "which stops root too, and the read-only flag test covers the same read-only path");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(casebook))).isEqualTo("r-x------");
            try (Vault vault = TestVaults.open(casebook)) {
                assertThat(vault.openReport().readOnlyReason()).isEqualTo(ReadOnlyAccess.NOT_WRITABLE);
                assertThat(TestVaults.rows(vault)).containsExactly("in the snapshot", "only in the log");
            }
        } finally {
            Files.setPosixFilePermissions(casebook, PosixFilePermissions.fromString("rwx------"));
        }
        assertUnchanged(before);
    }

    private List<byte[]> files() throws IOException {
        return List.of(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT)),
                Files.readAllBytes(casebook.resolve(CasebookFiles.LOG)));
    }

    private void assertUnchanged(List<byte[]> before) throws IOException {
        assertThat(files()).as("snapshot and log byte for byte").containsExactlyElementsOf(before);
    }
}
