package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 5: no nonce is used twice for different data, across every file the vault writes over a life of
 * writes, automatic and explicit checkpoints, a passphrase change, a new recovery key and a backup; and each
 * snapshot, log and backup has its own salt and therefore its own key.
 */
class NonceUniquenessTest {
    @TempDir
    Path dir;

    /** nonce -> the box it sealed. A box copied unchanged into a later file (key slots) is the same encryption. */
    private final Map<String, String> boxByNonce = new HashMap<>();
    private final List<String> reuses = new java.util.ArrayList<>();
    /** salt -> "snapshot g3", "log g3", "backup g5": one salt must never serve two files. */
    private final Map<String, String> saltOwner = new HashMap<>();
    private final Set<String> slotSalts = new HashSet<>();

    @Test
    void noNonceRepeatsAndEveryFileHasItsOwnSalt() throws Exception {
        Path casebook = dir.resolve("casebook");
        VaultOptions options = VaultOptions.standard().withCheckpointLogBytes(1500);
        MasterKey masterKey;
        try (Passphrase passphrase = TestVaults.passphrase()) {
            Vault vault = Vault.create(casebook, passphrase, TestVaults.fastKdf(), options).vault();
            masterKey = new KekCache().masterKeyOf(casebook.resolve(CasebookFiles.SNAPSHOT));
            TestVaults.createTable(vault);
            collect(casebook);
            for (int i = 0; i < 120; i++) {
                TestVaults.addRow(vault, "row " + i + " ".repeat(i));
                collect(casebook);
                if (i == 20) {
                    vault.checkpoint();
                    collect(casebook);
                }
                if (i == 30) {
                    try (Passphrase next = Passphrase.copyOf("another long passphrase".toCharArray())) {
                        vault.changePassphrase(next, TestVaults.fastKdf());
                    }
                    collect(casebook);
                }
                if (i == 40) {
                    vault.replaceRecoveryKey().close();
                    collect(casebook);
                }
            }
            Path backup = dir.resolve("backup.cairnbak");
            vault.backupTo(backup);
            collect(casebook);
            recordFile(SealedBoxes.snapshot(Files.readAllBytes(backup)), "backup");
            vault.close();
            collect(casebook);
        }

        assertThat(reuses).isEmpty();
        assertThat(boxByNonce.size()).as("sealed boxes inspected").isGreaterThan(100);
        long snapshots = saltOwner.values().stream().filter(o -> o.startsWith("snapshot")).count();
        long logs = saltOwner.values().stream().filter(o -> o.startsWith("log")).count();
        assertThat(snapshots).as("automatic and explicit checkpoints happened").isGreaterThan(5);
        assertThat(logs).isEqualTo(snapshots);
        assertThat(slotSalts).as("passphrase and recovery slots were re-made with fresh salts").hasSize(4);
        Set<String> subkeys = new HashSet<>();
        for (Map.Entry<String, String> entry : saltOwner.entrySet()) {
            byte[] salt = java.util.HexFormat.of().parseHex(entry.getKey());
            String label = entry.getValue().startsWith("log") ? MasterKey.LOG_LABEL : MasterKey.SNAPSHOT_LABEL;
            assertThat(subkeys.add(SealedBoxes.hex(masterKey.subkey(salt, label)))).as(entry.getValue()).isTrue();
        }
        masterKey.close();
    }

    private void collect(Path casebook) throws Exception {
        SealedBoxes.Parsed snapshot = SealedBoxes.snapshot(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT)));
        recordFile(snapshot, "snapshot");
        SealedBoxes.Parsed log = SealedBoxes.log(Files.readAllBytes(casebook.resolve(CasebookFiles.LOG)));
        recordFile(log, "log");
    }

    private void recordFile(SealedBoxes.Parsed file, String kind) {
        String owner = kind + " g" + file.generation();
        String previous = saltOwner.putIfAbsent(SealedBoxes.hex(file.salt()), owner);
        assertThat(previous == null || previous.equals(owner)).as("salt of %s already used by %s", owner, previous)
                .isTrue();
        file.slotSalts().forEach(salt -> slotSalts.add(SealedBoxes.hex(salt)));
        for (SealedBoxes.Box box : file.boxes()) {
            String nonce = SealedBoxes.hex(box.nonce());
            String sealed = box.keyId() + "/" + SealedBoxes.hex(box.bytes());
            String earlier = boxByNonce.putIfAbsent(nonce, sealed);
            if (earlier != null && !earlier.equals(sealed)) {
                reuses.add(owner + " reuses nonce " + nonce);
            }
        }
    }
}
