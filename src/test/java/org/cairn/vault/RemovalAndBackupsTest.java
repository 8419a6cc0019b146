package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What removal reaches (copies made from then on) and what it cannot (backups made before), and the recovery key. */
class RemovalAndBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupFromBeforeTheRemovalStillOpensWithTheRemovedPassphraseButOneFromAfterDoesNot() {
        Path casebook = dir.resolve("casebook");
        Path before = dir.resolve("before.cairnbak");
        Path after = dir.resolve("after.cairnbak");
        try (Vault vault = People10.create(casebook, VaultOptions.standard(), "Bo Li")) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "a note");
            vault.backupTo(before);
            int bo = vault.people().list().get(1).slotId();
            vault.people().remove(bo);
            vault.backupTo(after);
        }
        try (Passphrase bo = People10.of("Bo Li");
                Vault restored = VaultRestore.restore(before, "Bo Li", bo, dir.resolve("old"), false,
                        VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("a note");
        }
        try (Passphrase bo = People10.of("Bo Li")) {
            assertThatThrownBy(() -> VaultRestore.restore(after, "Bo Li", bo, dir.resolve("new"), false,
                    VaultOptions.standard())).isInstanceOf(UnlockFailedException.class);
        }
        try (Passphrase amina = People10.of(People10.FIRST);
                Vault restored = VaultRestore.restore(after, People10.FIRST, amina, dir.resolve("new"), false,
                        VaultOptions.standard())) {
            assertThat(TestVaults.rows(restored)).containsExactly("a note");
            assertThat(restored.people().list()).extracting(PersonSlot::displayName).containsExactly(People10.FIRST);
        }
    }

    @Test
    void afterARecoverySomeoneAddedIsMarkedAsAddedWithTheRecoveryKeyAndAPassphraseMustBeChosenForSomeone() {
        RecoveryKey recoveryKey;
        try (Passphrase first = People10.of(People10.FIRST)) {
            CreatedVault created = Vault.create(dir, People10.FIRST, "administrator", first, TestVaults.fastKdf(),
                    VaultOptions.standard());
            recoveryKey = created.recoveryKey();
            try (Vault vault = created.vault(); Passphrase bo = People10.of("Bo Li")) {
                vault.people().add("Bo Li", "advocate", bo, TestVaults.fastKdf());
            }
        }
        try (Vault vault = Vault.openWithRecoveryKey(dir, recoveryKey, VaultOptions.standard());
                Passphrase chidi = People10.of("Chidi Okafor");
                Passphrase fresh = Passphrase.copyOf("Amina's passphrase after recovery".toCharArray())) {
            assertThat(vault.people().acting()).isEmpty();
            assertThat(vault.people().add("Chidi Okafor", "advocate", chidi, TestVaults.fastKdf()).addedBy())
                    .isEqualTo(VaultPeople.ADDED_WITH_RECOVERY_KEY);
            assertThatThrownBy(() -> vault.changePassphrase(fresh, TestVaults.fastKdf()))
                    .isInstanceOf(VaultException.class).hasMessageContaining("whose passphrase");
            vault.people().changePassphrase(vault.people().list().get(0).slotId(), fresh, TestVaults.fastKdf());
        }
        try (Passphrase fresh = Passphrase.copyOf("Amina's passphrase after recovery".toCharArray());
                Vault vault = Vault.open(dir, People10.FIRST, fresh, VaultOptions.standard())) {
            assertThat(vault.people().addedSinceLastUnlock()).extracting(PersonSlot::displayName)
                    .containsExactly("Chidi Okafor");
        }
        recoveryKey.close();
    }

    @Test
    void aRecoverySlotFromFormatOneOpensUntilARemovalReplacesItWithANewKey() {
        RecoveryKey old = RecoveryKey.generate(new java.security.SecureRandom());
        int bo;
        try (Vault vault = People10.create(dir, VaultOptions.standard(), "Bo Li")) {
            bo = vault.people().list().get(1).slotId();
            asFormatOne(vault, old);
        }
        RecoveryKey issued;
        try (Vault vault = People10.open(dir, People10.FIRST, VaultOptions.standard())) {
            issued = vault.people().remove(bo).orElseThrow();
        }
        assertThatThrownBy(() -> Vault.openWithRecoveryKey(dir, old, VaultOptions.standard()))
                .isInstanceOf(UnlockFailedException.class);
        try (Vault vault = Vault.openWithRecoveryKey(dir, issued, VaultOptions.standard())) {
            assertThat(vault.people().list()).extracting(PersonSlot::displayName).containsExactly(People10.FIRST);
        }
        old.close();
        issued.close();
    }

    @Test
    void aRecoverySlotFromFormatOneGetsItsKeyPairAtTheRecoveryKeysNextUseAndKeepsTheSameKey() {
        RecoveryKey old = RecoveryKey.generate(new java.security.SecureRandom());
        int bo;
        try (Vault vault = People10.create(dir, VaultOptions.standard(), "Bo Li")) {
            bo = vault.people().list().get(1).slotId();
            asFormatOne(vault, old);
        }
        try (Vault vault = Vault.openWithRecoveryKey(dir, old, VaultOptions.standard())) {
            assertThat(vault.people().caseKeys().holders()).containsKey(CaseKeys.RECOVERY);
            assertThat(vault.people().caseKeys().acting()).contains(CaseKeys.RECOVERY);
            assertThat(vault.people().remove(bo)).as("a recovery slot with a pair is re-wrapped, not replaced")
                    .isEmpty();
        }
        try (Vault vault = Vault.openWithRecoveryKey(dir, old, VaultOptions.standard())) {
            assertThat(vault.people().list()).extracting(PersonSlot::displayName).containsExactly(People10.FIRST);
        }
        old.close();
    }

    /** As a casebook from before names carries it: the master key sealed directly under the recovery key. */
    private static void asFormatOne(Vault vault, RecoveryKey old) {
        vault.rewrite((header, key, next, naming) -> header.withSlots(java.util.stream.Stream.concat(
                header.slots().stream().filter(slot -> !slot.type().recovery()),
                java.util.stream.Stream.of(KeySlots.forRecoveryKey(next.bytes(), header.casebookId(), old,
                        new java.security.SecureRandom()))).toList()), false);
    }
}
