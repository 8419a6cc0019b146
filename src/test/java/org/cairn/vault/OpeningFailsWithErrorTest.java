package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Error while opening (memory running out while the image loads, a broken native library) must not leave the
 * casebook's lock held or its master key in memory: the advocate's next try, in the same app, has to work. An Error
 * inside a write must not leave its rows in memory for the next write to commit without them being in its record.
 */
class OpeningFailsWithErrorTest {
    private static final KekCache KEKS = new KekCache();

    @TempDir
    Path dir;

    @Test
    void anErrorBeforeTheKeyIsKnownReleasesTheLock() {
        create();
        SlotUnwrapper failing = header -> {
            throw new OutOfMemoryError("simulated: no memory for key derivation");
        };
        assertThatThrownBy(() -> VaultOpening.open(dir, VaultOptions.standard(), failing))
                .isInstanceOf(OutOfMemoryError.class);
        assertOpensAgain();
    }

    @Test
    void anErrorAfterTheKeyIsKnownWipesItAndReleasesTheLock() {
        create();
        byte[][] handedOver = new byte[1][];
        SlotUnwrapper remembering = header -> {
            Optional<SlotUnwrapper.Unlocked> unlocked = KEKS.unwrap(header);
            handedOver[0] = unlocked.orElseThrow().masterKey();
            return unlocked;
        };
        // The log is opened for writing last, after the key, the image and the replay: fail there.
        FileOpener failing = (path, options) -> {
            throw new OutOfMemoryError("simulated: no memory to open the log");
        };
        assertThatThrownBy(() -> VaultOpening.open(dir, VaultOptions.standard().withOpener(failing), remembering))
                .isInstanceOf(OutOfMemoryError.class);
        assertThat(handedOver[0]).as("the master key handed to the vault").containsOnly((byte) 0);
        assertOpensAgain();
    }

    @Test
    void anErrorInsideAWriteLeavesNothingForTheNextWriteToCarry() {
        create();
        try (Vault vault = VaultOpening.open(dir, VaultOptions.standard(), KEKS)) {
            assertThatThrownBy(() -> vault.write(tx -> {
                tx.execute("INSERT INTO t(text) VALUES ('half-done')");
                throw new AssertionError("simulated: a worker thread ran out of memory");
            })).isInstanceOf(AssertionError.class);
            TestVaults.addRow(vault, "kept");
            assertThat(TestVaults.rows(vault)).containsExactly("kept");
        }
        try (Vault reopened = VaultOpening.open(dir, VaultOptions.standard(), KEKS)) {
            assertThat(TestVaults.rows(reopened)).as("what the log replays").containsExactly("kept");
        }
    }

    private void create() {
        try (Vault vault = TestVaults.create(dir).vault()) {
            TestVaults.createTable(vault);
        }
    }

    private void assertOpensAgain() {
        try (Vault vault = VaultOpening.open(dir, VaultOptions.standard(), KEKS)) {
            assertThat(vault.readOnly()).as("opened writable, so no lock was left behind").isFalse();
        }
    }
}
