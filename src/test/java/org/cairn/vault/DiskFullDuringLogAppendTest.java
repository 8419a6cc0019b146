package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that cannot reach the disk fails cleanly: the caller gets StorageFailedException, memory is rolled
 * back, the half-written frame is cut off so later commits succeed once there is space, and a crash copy shows
 * exactly the acknowledged commits.
 */
class DiskFullDuringLogAppendTest {
    @TempDir
    Path dir;

    @Test
    void failedAppendIsRolledBackAndLaterWritesSucceed() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.LOG);
        List<String> acknowledged = new ArrayList<>();
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.create(casebook, passphrase, TestVaults.fastKdf(),
                        VaultOptions.standard().withOpener(disk)).vault()) {
            TestVaults.createTable(vault);
            for (int room : new int[] {0, 1, 7, 8, 9, 40, 60, 90}) {
                long logSize = Files.size(casebook.resolve(CasebookFiles.LOG));
                disk.allow(room);
                String lost = "not saved with " + room + " bytes free";
                assertThatThrownBy(() -> TestVaults.addRow(vault, lost)).isInstanceOf(StorageFailedException.class)
                        .hasMessageContaining("No space left on device");
                assertThat(TestVaults.rows(vault)).as("memory rolled back").isEqualTo(acknowledged);
                assertThat(Files.size(casebook.resolve(CasebookFiles.LOG))).as("partial frame cut off")
                        .isEqualTo(logSize);
                disk.unlimited();
                String kept = "saved after " + room;
                TestVaults.addRow(vault, kept);
                acknowledged.add(kept);
            }
            Path copy = CrashCopy.of(casebook, dir);
            try (Vault reopened = TestVaults.open(copy)) {
                assertThat(TestVaults.rows(reopened)).isEqualTo(acknowledged);
                assertThat(reopened.openReport().droppedUnconfirmedWrite()).isFalse();
            }
        }
    }

    @Test
    void failedMultiStatementTransactionLeavesNoTrace() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.LOG);
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.create(casebook, passphrase, TestVaults.fastKdf(),
                        VaultOptions.standard().withOpener(disk)).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "before");
            List<String> before = TableDump.of(vault);
            disk.allow(50);
            assertThatThrownBy(() -> vault.write(tx -> {
                tx.execute("INSERT INTO t(text) VALUES (?)", "one");
                tx.execute("UPDATE t SET text = 'changed' WHERE text = 'before'");
                return tx.execute("CREATE TABLE other(x)");
            })).isInstanceOf(StorageFailedException.class);
            assertThat(TableDump.of(vault)).isEqualTo(before);
            disk.unlimited();
            TestVaults.addRow(vault, "after");
            try (Vault reopened = TestVaults.open(CrashCopy.of(casebook, dir))) {
                assertThat(TestVaults.rows(reopened)).containsExactly("before", "after");
            }
        }
    }
}
