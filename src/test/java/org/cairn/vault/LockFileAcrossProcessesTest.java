package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 6: while one process has a casebook open for writing, no other process can open it, not even to read;
 * readers share it with each other but keep a writer out; after close it can be opened again.
 */
class LockFileAcrossProcessesTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessIsRefusedWhileOpenAndAdmittedAfterClose() throws Exception {
        Vault vault = TestVaults.create(dir).vault();
        try {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "held");
            assertThat(probe()).isEqualTo(AlreadyOpenException.class.getName());
        } finally {
            vault.close();
        }
        assertThat(probe()).isEqualTo("OPENED [held]");
    }

    @Test
    void readersShareTheCasebookAndKeepAWriterOut() throws Exception {
        try (Vault vault = TestVaults.create(dir).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "held");
        }
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault reader = Vault.open(dir, passphrase, VaultOptions.standard().withReadOnly(true))) {
            assertThat(reader.readOnly()).isTrue();
            assertThat(probe("read-only")).as("a second reader").isEqualTo("OPENED [held]");
            assertThat(probe("writable")).as("a writer while a reader reads")
                    .isEqualTo(AlreadyOpenException.class.getName());
        }
        assertThat(probe("writable")).isEqualTo("OPENED [held]");
    }

    @Test
    void aReaderIsRefusedWhileAWriterHasItOpen() throws Exception {
        try (Vault vault = TestVaults.create(dir).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "held");
            // A checkpoint replaces the snapshot and resets the log under a reader: it could read half of each.
            assertThat(probe("read-only")).isEqualTo(AlreadyOpenException.class.getName());
        }
        assertThat(probe("read-only")).isEqualTo("OPENED [held]");
    }

    private String probe() throws Exception {
        return probe("writable");
    }

    private String probe(String mode) throws Exception {
        return LockProbe.lastLine(LockProbe.run(List.of(), dir, mode));
    }
}
