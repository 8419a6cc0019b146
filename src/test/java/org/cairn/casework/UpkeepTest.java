package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Casebook;
import org.cairn.vault.DamagedException;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpkeepTest {
    private static final char[] KEY = "ABCD-EFGH-JKLM-NPQR".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aBackupIsRecordedAfterItIsWrittenUnderThePersonActing() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ada Advocate", Role.ADVOCATE)) {
            Upkeep upkeep = advocate.casework().upkeep();
            assertThat(upkeep.lastBackup()).isEmpty();
            Path target = dir.resolve("copy.cairnbackup");
            upkeep.makeBackup(advocate.vault(), target);
            assertThat(target).exists();
            AuditEntry row = advocate.casebook().audit().latest(AuditAction.BACKUP_MADE).orElseThrow();
            assertThat(row.actor()).isEqualTo("Ada Advocate");
            assertThat(row.subject()).isEqualTo("copy.cairnbackup");
            assertThat(upkeep.lastBackup()).contains(row.at());
        }
    }

    @Test
    void aBackupThatFailsLeavesNoRowClaimingIt() throws Exception {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ada Advocate", Role.ADVOCATE)) {
            Path inMissingFolder = dir.resolve("no-such-folder").resolve("copy.cairnbackup");
            assertThat(catchThrowable(() -> advocate.casework().upkeep().makeBackup(advocate.vault(),
                    inMissingFolder))).isNotNull();
            assertThat(advocate.casework().upkeep().lastBackup()).isEmpty();
        }
    }

    @Test
    void aReadOnlyCasebookIsBackedUpWithoutARow() throws Exception {
        Path folder = dir.resolve("book");
        Acting.as(folder, "Ada Advocate", Role.ADVOCATE).close();
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.open(folder, passphrase, VaultOptions.standard().withReadOnly(true))) {
            Casebook casebook = new Casebook(vault, Acting.CLOCK, "Ada Advocate");
            Casework casework = new Casework(casebook, new Person("Ada Advocate", Role.ADVOCATE));
            Path target = dir.resolve("copy.cairnbackup");
            casework.upkeep().makeBackup(vault, target);
            assertThat(Files.size(target)).isPositive();
            assertThat(casework.upkeep().lastBackup()).isEmpty();
        }
    }

    @Test
    void theCheckGivesCountsForASoundCasebookAndRefusesABrokenAuditChain() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Asha Admin", Role.ADMINISTRATOR)) {
            assertThat(admin.casework().upkeep().check(admin.vault()).cases()).isZero();
            admin.casework().upkeep().keepPendingRecoveryKey(KEY);
            // Someone edits a row of the trail with their own tools: the chain no longer holds.
            admin.vault().write(tx -> {
                tx.execute("DROP TRIGGER audit_no_update");
                return tx.execute("UPDATE audit SET actor = ? WHERE id = (SELECT max(id) FROM audit)",
                        "Somebody else");
            });
            assertThat(catchThrowable(() -> admin.casework().upkeep().check(admin.vault())))
                    .isInstanceOf(DamagedException.class).hasMessageContaining("audit trail");
        }
    }

    @Test
    void aPendingRecoveryKeyIsKeptUntilConfirmedAndNoAuditRowHoldsIt() {
        try (Acting coordinator = Acting.as(dir.resolve("book"), "Cleo Coordinator", Role.COORDINATOR)) {
            Upkeep upkeep = coordinator.casework().upkeep();
            long before = coordinator.lastRow();
            upkeep.keepPendingRecoveryKey(KEY);
            assertThat(upkeep.pendingRecoveryKey()).hasValueSatisfying(k -> assertThat(k).containsExactly(KEY));
            assertThat(upkeep.confirmRecoveryKeyStored()).isTrue();
            assertThat(upkeep.pendingRecoveryKey()).isEmpty();
            assertThat(upkeep.confirmRecoveryKeyStored()).as("nothing left to confirm").isFalse();
            assertThat(coordinator.rowsSince(before)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.SETTING_REMOVED, AuditAction.SETTING_SAVED);
            assertThat(coordinator.rowsSince(before)).allSatisfy(row -> {
                assertThat(row.actor()).isEqualTo("Cleo Coordinator");
                assertThat(row.subject() + " " + row.reason()).doesNotContain(new String(KEY))
                        .doesNotContain("ABCD");
            });
        }
    }
}
