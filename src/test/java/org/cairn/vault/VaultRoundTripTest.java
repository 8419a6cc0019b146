package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void committedWritesSurviveReopenThroughLogReplay() throws Exception {
        CreatedVault created = TestVaults.create(dir);
        Vault vault = created.vault();
        TestVaults.createTable(vault);
        TestVaults.addRow(vault, "first");
        TestVaults.addRow(vault, "second");
        // Simulate a crash: reopen from the files without close() (which would checkpoint).
        Vault second = reopenAfterCrash(vault);
        assertThat(second.openReport().replayedTransactions()).isEqualTo(3);
        assertThat(second.openReport().droppedUnconfirmedWrite()).isFalse();
        assertThat(TestVaults.rows(second)).containsExactly("first", "second");
        second.close();
    }

    @Test
    void checkpointBumpsGenerationAndEmptiesLog() {
        Vault vault = TestVaults.create(dir).vault();
        TestVaults.createTable(vault);
        TestVaults.addRow(vault, "kept");
        long generation = vault.generation();
        vault.checkpoint();
        assertThat(vault.generation()).isEqualTo(generation + 1);
        assertThat(dir.resolve(CasebookFiles.LOG)).hasSize(LogHeader.BYTES);
        TestVaults.addRow(vault, "after");
        vault.close();
        try (Vault reopened = TestVaults.open(dir)) {
            assertThat(TestVaults.rows(reopened)).containsExactly("kept", "after");
            assertThat(reopened.openReport().replayedTransactions()).isZero();
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() throws Exception {
        Vault vault = TestVaults.create(dir).vault();
        TestVaults.createTable(vault);
        assertThatThrownBy(() -> vault.write(tx -> {
            tx.execute("INSERT INTO t(text) VALUES (?)", "half");
            return tx.execute("INSERT INTO t(text) VALUES (?)", (Object) null);
        })).isInstanceOf(DatabaseException.class);
        assertThat(TestVaults.rows(vault)).isEmpty();
        Vault reopened = reopenAfterCrash(vault);
        assertThat(TestVaults.rows(reopened)).isEmpty();
        reopened.close();
    }

    @Test
    void nonDeterministicSqlIsRefused() {
        Vault vault = TestVaults.create(dir).vault();
        TestVaults.createTable(vault);
        assertThatThrownBy(() -> vault.write(tx -> tx.execute("INSERT INTO t(text) VALUES (datetime('now'))")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.write(tx -> tx.execute("INSERT INTO t(text) VALUES (hex(randomblob(4)))")))
                .isInstanceOf(IllegalArgumentException.class);
        vault.close();
    }

    @Test
    void recoveryKeyOpensAndPassphraseChangeKeepsData() {
        CreatedVault created = TestVaults.create(dir);
        char[] printed = created.recoveryKey().format();
        Vault vault = created.vault();
        TestVaults.createTable(vault);
        TestVaults.addRow(vault, "x");
        try (Passphrase next = Passphrase.copyOf("a brand new passphrase".toCharArray())) {
            vault.changePassphrase(next, TestVaults.fastKdf());
        }
        vault.close();
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOf(UnlockFailedException.class);
        try (RecoveryKey key = RecoveryKey.parse(printed);
                Vault reopened = Vault.openWithRecoveryKey(dir, key, VaultOptions.standard())) {
            assertThat(TestVaults.rows(reopened)).containsExactly("x");
        }
        try (Passphrase next = Passphrase.copyOf("a brand new passphrase".toCharArray());
                Vault reopened = Vault.open(dir, next, VaultOptions.standard())) {
            assertThat(TestVaults.rows(reopened)).containsExactly("x");
        }
    }

    @Test
    void readsBindTheSameParameterTypesAsWrites() {
        Vault vault = TestVaults.create(dir).vault();
        TestVaults.createTable(vault);
        TestVaults.addRow(vault, "one");
        List<String> byInteger = vault.read(r -> r.query("SELECT text FROM t WHERE id = ?", row -> row.getString(1),
                Integer.valueOf(1)));
        List<String> byBoolean = vault.read(r -> r.query("SELECT text FROM t WHERE id = ?", row -> row.getString(1),
                Boolean.TRUE));
        assertThat(byInteger).containsExactly("one");
        assertThat(byBoolean).containsExactly("one");
        vault.close();
    }

    @Test
    void nestedWriteIsRefusedAndTheOuterOneRollsBack() {
        Vault vault = TestVaults.create(dir).vault();
        TestVaults.createTable(vault);
        assertThatThrownBy(() -> vault.write(tx -> {
            tx.execute("INSERT INTO t(text) VALUES (?)", "outer");
            return vault.write(inner -> inner.execute("INSERT INTO t(text) VALUES (?)", "inner"));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(TestVaults.rows(vault)).isEmpty();
        vault.close();
    }

    @Test
    void casebookFilesAreReadableByTheirOwnerOnly() throws Exception {
        Path casebook = dir.resolve("private");
        Vault vault = TestVaults.create(casebook).vault();
        TestVaults.createTable(vault);
        vault.backupTo(dir.resolve("backup"));
        vault.close();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileAttributeView(casebook, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "POSIX permissions are not available on this file system");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(casebook)))
                .isEqualTo("rwx------");
        for (Path file : List.of(casebook.resolve(CasebookFiles.SNAPSHOT), casebook.resolve(CasebookFiles.LOG),
                casebook.resolve(CasebookFiles.LOCK), dir.resolve("backup"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void shortPassphraseIsRefused() {
        try (Passphrase shortOne = Passphrase.copyOf("too short".toCharArray())) {
            assertThatThrownBy(() -> Vault.create(dir, shortOne, TestVaults.fastKdf(), VaultOptions.standard()))
                    .hasMessageContaining("at least 10 characters");
        }
        assertThat(CasebookFiles.exists(dir)).isFalse();
    }

    @Test
    void backupRestoresIntoEmptyFolderAndRefusesToOverwrite() throws Exception {
        Vault vault = TestVaults.create(dir.resolve("a")).vault();
        TestVaults.createTable(vault);
        TestVaults.addRow(vault, "backed up");
        Path backup = dir.resolve("usb/cairn-backup.cairnbak");
        Files.createDirectories(backup.getParent());
        vault.backupTo(backup);
        vault.close();
        try (Passphrase p = TestVaults.passphrase();
                Vault restored = VaultRestore.restore(backup, p, dir.resolve("b"), false, VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("backed up");
        }
        try (Passphrase p = TestVaults.passphrase()) {
            assertThatThrownBy(() -> VaultRestore.restore(backup, p, dir.resolve("b"), false, VaultOptions.standard()))
                    .hasMessageContaining("already a casebook");
        }
        try (Passphrase p = TestVaults.passphrase();
                Vault restored = VaultRestore.restore(backup, p, dir.resolve("b"), true, VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("backed up");
        }
        try (var aside = Files.list(dir.resolve("b"))) {
            assertThat(aside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("replaced-")).toList())
                    .hasSize(1);
        }
    }

    @Test
    void secondOpenIsRefusedWhileOpen() {
        Vault vault = TestVaults.create(dir).vault();
        assertThatThrownBy(() -> TestVaults.open(dir)).isInstanceOf(AlreadyOpenException.class)
                .hasMessage("casebook is open in another Cairn window");
        vault.close();
        TestVaults.open(dir).close();
    }

    /** Opens a copy of the files as they are now, as a crash would leave them, then closes the original. */
    private Vault reopenAfterCrash(Vault vault) throws Exception {
        Path copy = Files.createTempDirectory(dir, "after-crash");
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            Files.copy(dir.resolve(name), copy.resolve(name));
        }
        vault.close();
        return TestVaults.open(copy);
    }

}
