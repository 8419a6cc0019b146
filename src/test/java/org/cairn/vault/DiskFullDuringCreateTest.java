package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create that runs out of space at any point fails with StorageFailedException and leaves a folder that is
 * not a casebook (no snapshot, no temporary file, lock released), so creating again there works.
 */
class DiskFullDuringCreateTest {
    @TempDir
    Path dir;

    @Test
    void createFailsCleanlyWhereverTheDiskFills() throws Exception {
        FullDisk disk = FullDisk.forFilesNamed("casebook.");
        int failures = 0;
        for (int room = 0; ; room += 23) {
            Path casebook = dir.resolve("at-" + room);
            disk.allow(room);
            try (Passphrase passphrase = TestVaults.passphrase();
                    Vault vault = Vault.create(casebook, passphrase, TestVaults.fastKdf(),
                            VaultOptions.standard().withOpener(disk)).vault()) {
                assertThat(vault.generation()).isEqualTo(1);
                break; // enough room: the casebook was created
            } catch (StorageFailedException expected) {
                failures++;
                assertThat(CasebookFiles.exists(casebook)).as("snapshot left with %d bytes free", room).isFalse();
                assertThat(CrashCopy.temporaryFiles(casebook)).as("with %d bytes free", room).isEmpty();
            }
            disk.unlimited();
            try (Vault retried = TestVaults.create(casebook).vault()) {
                TestVaults.createTable(retried);
                TestVaults.addRow(retried, "second try");
            }
            try (Vault reopened = TestVaults.open(casebook)) {
                assertThat(TestVaults.rows(reopened)).containsExactly("second try");
            }
        }
        assertThat(failures).as("create needs a log header, a snapshot header and a segment").isGreaterThan(10);
        assertThat(Files.exists(dir.resolve("at-0"))).isTrue();
    }
}
