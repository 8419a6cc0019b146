package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log only replays onto the snapshot it follows. The log of the previous generation is what an interrupted
 * checkpoint leaves (its records are all inside the new snapshot), so it is discarded and reported; any other
 * log (older, newer, another casebook's, missing) is damage.
 *
 * <p>Known limit: because of that rule, swapping in the previous generation's log cannot be told from an
 * interrupted checkpoint; the records of the current log are then lost and only {@code discardedStaleLog} says so.
 */
class LogReplacementTest {
    @TempDir
    static Path root;
    private static byte[] snapshot2;
    private static byte[] snapshot3;
    private static byte[] log1;
    private static byte[] log2;
    private static byte[] log3;
    private static byte[] foreignLog;
    private static java.util.List<String> stateAtSnapshot3;
    private static final KekCache KEKS = new KekCache();

    @BeforeAll
    static void build() throws Exception {
        Path dir = root.resolve("casebook");
        try (Vault vault = TestVaults.create(dir).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "generation 1");
            log1 = Files.readAllBytes(dir.resolve(CasebookFiles.LOG));
            vault.checkpoint();
            TestVaults.addRow(vault, "generation 2");
            log2 = Files.readAllBytes(dir.resolve(CasebookFiles.LOG));
            snapshot2 = Files.readAllBytes(dir.resolve(CasebookFiles.SNAPSHOT));
            vault.checkpoint();
            stateAtSnapshot3 = TableDump.of(vault);
            TestVaults.addRow(vault, "generation 3");
            log3 = Files.readAllBytes(dir.resolve(CasebookFiles.LOG));
            snapshot3 = Files.readAllBytes(dir.resolve(CasebookFiles.SNAPSHOT));
        }
        Path other = root.resolve("other");
        try (Vault vault = TestVaults.create(other).vault()) {
            TestVaults.createTable(vault);
            vault.checkpoint();
            vault.checkpoint();
            TestVaults.addRow(vault, "someone else's");
            foreignLog = Files.readAllBytes(other.resolve(CasebookFiles.LOG));
        }
    }

    @Test
    void currentLogReplays() throws Exception {
        try (Vault vault = open(snapshot3, log3)) {
            assertThat(TestVaults.rows(vault)).containsExactly("generation 1", "generation 2", "generation 3");
            assertThat(vault.openReport().replayedTransactions()).isEqualTo(1);
        }
    }

    @Test
    void previousGenerationLogIsDiscardedAsStale() throws Exception {
        try (Vault vault = open(snapshot3, log2)) {
            assertThat(vault.openReport().discardedStaleLog()).isTrue();
            assertThat(vault.openReport().replayedTransactions()).isZero();
            assertThat(TableDump.of(vault)).isEqualTo(stateAtSnapshot3);
        }
    }

    @Test
    void olderNewerForeignOrMissingLogIsDamage() throws Exception {
        assertDamaged(snapshot3, log1, "log two generations old");
        assertDamaged(snapshot2, log3, "log newer than the snapshot");
        assertDamaged(snapshot3, foreignLog, "log of another casebook");
        assertDamaged(snapshot3, new byte[0], "empty log");
        assertDamaged(snapshot3, null, "missing log");
    }

    private static void assertDamaged(byte[] snapshot, byte[] log, String what) throws Exception {
        Path dir = install(snapshot, log);
        try (Vault vault = VaultOpening.open(dir, VaultOptions.standard(), KEKS)) {
            throw new AssertionError(what + " was accepted: " + vault.openReport());
        } catch (DamagedException expected) {
            assertThat(expected.fileName()).as(what).isEqualTo(CasebookFiles.LOG);
        }
    }

    private static Vault open(byte[] snapshot, byte[] log) throws Exception {
        return VaultOpening.open(install(snapshot, log), VaultOptions.standard(), KEKS);
    }

    private static Path install(byte[] snapshot, byte[] log) throws Exception {
        Path dir = Files.createTempDirectory(root, "swap");
        Files.write(dir.resolve(CasebookFiles.SNAPSHOT), snapshot);
        if (log != null) {
            Files.write(dir.resolve(CasebookFiles.LOG), log);
        }
        return dir;
    }
}
