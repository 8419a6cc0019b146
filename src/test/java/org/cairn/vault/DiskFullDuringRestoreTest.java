package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore that cannot write its files must leave the casebook it was replacing where it was, and openable. */
class DiskFullDuringRestoreTest {
    @TempDir
    Path dir;

    @Test
    void failedReplacingRestoreKeepsTheExistingCasebook() throws Exception {
        Path casebook = dir.resolve("casebook");
        Path backup = dir.resolve("backup.cairnbak");
        try (Vault vault = TestVaults.create(casebook).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "in the backup");
            vault.backupTo(backup);
            TestVaults.addRow(vault, "only in the casebook");
        }
        FullDisk disk = FullDisk.forFilesNamed("casebook.");
        for (int room : new int[] {0, 50, 200, 400}) {
            disk.allow(room);
            try (Passphrase p = TestVaults.passphrase()) {
                assertThatThrownBy(() -> VaultRestore.restore(backup, p, casebook, true,
                        VaultOptions.standard().withOpener(disk))).isInstanceOf(StorageFailedException.class);
            }
            disk.unlimited();
            assertThat(CrashCopy.temporaryFiles(casebook)).isEmpty();
            try (Vault reopened = TestVaults.open(casebook)) {
                assertThat(TestVaults.rows(reopened)).as("with %d bytes free", room)
                        .containsExactly("in the backup", "only in the casebook");
            }
        }
        try (Passphrase p = TestVaults.passphrase();
                Vault restored = VaultRestore.restore(backup, p, casebook, true, VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("in the backup");
        }
        try (var entries = Files.list(casebook)) {
            assertThat(entries.filter(e -> e.getFileName().toString().startsWith("replaced-")).count()).isEqualTo(1);
        }
    }
}
