package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files grown far past anything Cairn writes are refused by their size, before they are read into memory, with a
 * message naming the file and the limit. The files are sparse, so the test writes almost nothing.
 */
class OversizedFilesTest {
    @TempDir
    Path root;

    @Test
    void aLogLargerThanTheLimitIsDamageNamingTheLimit() throws IOException {
        Path casebook = casebook();
        grow(casebook.resolve(CasebookFiles.LOG), LogScan.MAX_LOG_BYTES + 1);
        assertThatThrownBy(() -> TestVaults.open(casebook).close()).isInstanceOf(DamagedException.class)
                .hasMessageContaining(CasebookFiles.LOG).hasMessageContaining("512 MiB");
    }

    @Test
    void aSnapshotLargerThanTheLimitIsDamageNamingTheLimit() throws IOException {
        Path casebook = casebook();
        grow(casebook.resolve(CasebookFiles.SNAPSHOT), SnapshotFile.MAX_IMAGE_BYTES + 64L * 1024 * 1024);
        assertThatThrownBy(() -> TestVaults.open(casebook).close()).isInstanceOf(DamagedException.class)
                .hasMessageContaining(CasebookFiles.SNAPSHOT).hasMessageContaining("1024 MiB");
    }

    @Test
    void aBackupLargerThanTheLimitIsRefusedBeforeRestoring() throws IOException {
        Path casebook = casebook();
        Path backup = root.resolve("big.cairnbackup");
        try (Vault vault = TestVaults.open(casebook)) {
            vault.backupTo(backup);
        }
        grow(backup, SnapshotFile.MAX_IMAGE_BYTES + 64L * 1024 * 1024);
        assertThatThrownBy(() -> {
            try (Passphrase passphrase = TestVaults.passphrase()) {
                VaultRestore.restore(backup, passphrase, root.resolve("restored"), false, VaultOptions.standard());
            }
        }).isInstanceOf(DamagedException.class).hasMessageContaining("big.cairnbackup")
                .hasMessageContaining("1024 MiB");
    }

    private Path casebook() {
        Path casebook = root.resolve("casebook");
        try (Vault vault = TestVaults.create(casebook).vault()) {
            TestVaults.createTable(vault);
        }
        return casebook;
    }

    private static void grow(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }
}
