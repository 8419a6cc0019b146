package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint that runs out of space fails without harm: the old snapshot and log stay byte for byte, no
 * temporary file is left, and every acknowledged commit survives both a crash and a later successful checkpoint.
 */
class DiskFullDuringCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void failedSnapshotWriteKeepsOldFilesAndData() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.SNAPSHOT);
        List<String> rows = new ArrayList<>();
        try (Vault vault = create(casebook, disk, VaultOptions.DEFAULT_CHECKPOINT_LOG_BYTES)) {
            TestVaults.createTable(vault);
            Random random = new Random(5);
            for (int room : new int[] {0, 1, 100, 400, 70_000, 140_000}) {
                String row = SmallCasebook.randomText(random, 30_000);
                TestVaults.addRow(vault, row);
                rows.add(row);
                byte[] snapshot = Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT));
                byte[] log = Files.readAllBytes(casebook.resolve(CasebookFiles.LOG));
                long generation = vault.generation();
                disk.allow(room);
                assertThatThrownBy(vault::checkpoint).as("checkpoint with %d bytes free", room)
                        .isInstanceOf(StorageFailedException.class);
                disk.unlimited();
                assertThat(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT))).isEqualTo(snapshot);
                assertThat(Files.readAllBytes(casebook.resolve(CasebookFiles.LOG))).isEqualTo(log);
                assertThat(CrashCopy.temporaryFiles(casebook)).isEmpty();
                assertThat(vault.generation()).isEqualTo(generation);
                try (Vault crashed = TestVaults.open(CrashCopy.of(casebook, dir))) {
                    assertThat(TestVaults.rows(crashed)).isEqualTo(rows);
                }
            }
            TestVaults.addRow(vault, "after the failures");
            rows.add("after the failures");
        }
        try (Vault reopened = TestVaults.open(casebook)) {
            assertThat(TestVaults.rows(reopened)).isEqualTo(rows);
        }
    }

    @Test
    void writeThatTriggersAFailingCheckpointIsStillAcknowledged() throws Exception {
        // The record is durable in the log before the automatic checkpoint starts; failing the write would tell
        // the caller a saved change was lost.
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.SNAPSHOT);
        try (Vault vault = create(casebook, disk, 600)) {
            TestVaults.createTable(vault);
            disk.allow(0);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                TestVaults.addRow(vault, "durable row " + i + " ".repeat(100));
                rows.add("durable row " + i + " ".repeat(100));
            }
            assertThat(TestVaults.rows(vault)).isEqualTo(rows);
            try (Vault crashed = TestVaults.open(CrashCopy.of(casebook, dir))) {
                assertThat(TestVaults.rows(crashed)).isEqualTo(rows);
            }
            disk.unlimited();
            TestVaults.addRow(vault, "space again");
            assertThat(Files.size(casebook.resolve(CasebookFiles.LOG))).as("the deferred checkpoint ran")
                    .isLessThan(600);
        }
    }

    @Test
    void snapshotWrittenButNewLogRefusedLosesNothing() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.LOG + ".tmp");
        try (Vault vault = create(casebook, disk, VaultOptions.DEFAULT_CHECKPOINT_LOG_BYTES)) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "before");
            disk.allow(0);
            try {
                vault.checkpoint();
            } catch (StorageFailedException acceptable) {
                // The snapshot is in place either way; what matters is what survives.
            }
            assertThatThrownBy(() -> TestVaults.addRow(vault, "no room for a log"))
                    .isInstanceOf(StorageFailedException.class);
            disk.unlimited();
            TestVaults.addRow(vault, "after");
            try (Vault crashed = TestVaults.open(CrashCopy.of(casebook, dir))) {
                assertThat(TestVaults.rows(crashed)).containsExactly("before", "after");
            }
        }
    }

    @Test
    void passphraseChangeWhoseNewLogIsRefusedKeepsLaterWrites() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.LOG + ".tmp");
        char[] newPassphrase = "the new passphrase here".toCharArray();
        try (Vault vault = create(casebook, disk, VaultOptions.DEFAULT_CHECKPOINT_LOG_BYTES)) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "before");
            disk.allow(0);
            try (Passphrase next = Passphrase.copyOf(newPassphrase)) {
                vault.changePassphrase(next, TestVaults.fastKdf());
            } catch (StorageFailedException reported) {
                // If the change is reported as failed, the old passphrase must still open the casebook.
                try (Vault crashed = TestVaults.open(CrashCopy.of(casebook, dir))) {
                    assertThat(TestVaults.rows(crashed)).containsExactly("before");
                }
                newPassphrase = TestVaults.PASSPHRASE;
            }
            disk.unlimited();
            TestVaults.addRow(vault, "after");
            Path crashed = CrashCopy.of(casebook, dir);
            try (Passphrase p = Passphrase.copyOf(newPassphrase);
                    Vault reopened = Vault.open(crashed, p, VaultOptions.standard())) {
                assertThat(TestVaults.rows(reopened)).containsExactly("before", "after");
            }
        }
    }

    @Test
    void backupThatCannotBePlacedLeavesNoTemporaryFile() throws Exception {
        Path casebook = dir.resolve("casebook");
        Path target = Files.createDirectories(dir.resolve("usb/backup.cairnbak"));
        Files.writeString(target.resolve("something"), "occupied");
        try (Vault vault = create(casebook, FullDisk.forFilesNamed("nothing"), VaultOptions.DEFAULT_CHECKPOINT_LOG_BYTES)) {
            TestVaults.createTable(vault);
            assertThatThrownBy(() -> vault.backupTo(target)).isInstanceOf(StorageFailedException.class);
        }
        assertThat(CrashCopy.temporaryFiles(target.getParent())).isEmpty();
    }

    private static Vault create(Path casebook, FullDisk disk, long checkpointLogBytes) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            return Vault.create(casebook, passphrase, TestVaults.fastKdf(),
                    VaultOptions.standard().withOpener(disk).withCheckpointLogBytes(checkpointLogBytes)).vault();
        }
    }
}
