package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a person replaces the master key. A crash (the files copied as kill -9 leaves them) at every step of it,
 * or a disk that fills at any byte of the new snapshot, leaves a casebook that opens, undamaged and complete, for
 * everyone who stays and with the recovery key; and once the new snapshot is in place, never for the removed person.
 */
class KeyRotationCrashTest {
    private static final String LEAVER = "Bo Li";
    private static final String STAYER = "Chidi Okafor";

    @TempDir
    Path dir;

    @Test
    void crashAtEveryStepOfARemovalLeavesAWholeCasebookThatTheRemovedPassphraseNeverOpensAfterTheSwitch()
            throws Exception {
        Path casebook = dir.resolve("casebook");
        CrashPoints points = new CrashPoints(casebook);
        RecoveryKey recoveryKey;
        List<String> rows;
        byte[] oldMasterKey;
        try (Passphrase first = People10.of(People10.FIRST)) {
            CreatedVault created = Vault.create(casebook, People10.FIRST, "administrator", first,
                    TestVaults.fastKdf(), VaultOptions.standard().withOpener(points));
            recoveryKey = created.recoveryKey();
            try (Vault vault = created.vault()) {
                int leaver = addPeople(vault);
                TestVaults.createTable(vault);
                TestVaults.addRow(vault, "in the snapshot");
                vault.checkpoint();
                TestVaults.addRow(vault, "only in the log");
                rows = TestVaults.rows(vault);
                oldMasterKey = masterKeyOf(casebook);
                points.start();
                assertThat(vault.people().remove(leaver)).isEmpty();
                points.record();
                assertThat(TestVaults.rows(vault)).isEqualTo(rows);
                assertThat(vault.people().list()).extracting(PersonSlot::displayName)
                        .containsExactly(People10.FIRST, STAYER);
            }
        }
        List<Boolean> removed = new ArrayList<>();
        for (Path copy : points.copies()) {
            removed.add(checkCopy(copy, rows, recoveryKey));
        }
        assertThat(removed).as("crash points: before the switch, then after it, never back").startsWith(false)
                .endsWith(true).isSortedAccordingTo(Boolean::compare);
        assertThat(removed).as("crash points inspected").hasSizeGreaterThanOrEqualTo(4);
        assertThat(removed.stream().filter(r -> r).count()).as("new snapshot with the old log beside it, then both new")
                .isGreaterThanOrEqualTo(2);
        SnapshotFile latest = SnapshotFile.readHeader(casebook.resolve(CasebookFiles.SNAPSHOT));
        try (MasterKey old = new MasterKey(oldMasterKey)) {
            assertThatThrownBy(() -> latest.decrypt(old)).as("the old master key opens nothing written since")
                    .isInstanceOf(DamagedException.class);
        }
        recoveryKey.close();
    }

    @Test
    void aDiskThatFillsAnywhereInTheNewSnapshotLeavesTheCasebookAsItWas() throws Exception {
        Path casebook = dir.resolve("casebook");
        FullDisk disk = FullDisk.forFilesNamed(CasebookFiles.SNAPSHOT);
        try (Vault vault = People10.create(casebook, VaultOptions.standard().withOpener(disk))) {
            int leaver = addPeople(vault);
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "only in the log");
            List<String> rows = TestVaults.rows(vault);
            for (int room : new int[] {0, 1, 64, 100, 500, 2_000, 4_000, 6_000}) {
                disk.allow(room);
                assertThatThrownBy(() -> vault.people().remove(leaver)).as("removal with %d bytes free", room)
                        .isInstanceOf(StorageFailedException.class);
                disk.unlimited();
                assertThat(CrashCopy.temporaryFiles(casebook)).isEmpty();
                assertThat(checkCopy(CrashCopy.of(casebook, dir), rows, null)).as("removed with %d bytes", room)
                        .isFalse();
                assertThat(vault.people().list()).hasSize(3);
            }
            vault.people().remove(leaver);
            assertThat(checkCopy(CrashCopy.of(casebook, dir), rows, null)).isTrue();
        }
    }

    @Test
    void theLastPersonAndTheRecoverySlotCannotBeRemoved() {
        try (Vault vault = People10.create(dir, VaultOptions.standard())) {
            int only = vault.people().acting().orElseThrow().slotId();
            assertThatThrownBy(() -> vault.people().remove(only)).isInstanceOf(VaultException.class)
                    .hasMessageContaining("last person");
            for (int notAPerson : new int[] {0, -1, 99}) {
                assertThatThrownBy(() -> vault.people().remove(notAPerson)).isInstanceOf(VaultException.class)
                        .hasMessageContaining("no slot");
            }
            assertThat(vault.people().list()).hasSize(1);
        }
    }

    private static int addPeople(Vault vault) {
        int leaver;
        try (Passphrase bo = People10.of(LEAVER); Passphrase chidi = People10.of(STAYER)) {
            leaver = vault.people().add(LEAVER, "advocate", bo, TestVaults.fastKdf()).slotId();
            vault.people().add(STAYER, "coordinator", chidi, TestVaults.fastKdf());
        }
        return leaver;
    }

    private static byte[] masterKeyOf(Path casebook) {
        try (Passphrase passphrase = People10.of(People10.FIRST)) {
            return Unlockers.person(People10.FIRST, passphrase, PassphraseKdf.argon2id())
                    .unwrap(SnapshotFile.readHeader(casebook.resolve(CasebookFiles.SNAPSHOT)).header())
                    .orElseThrow().masterKey();
        }
    }

    /** Opens a crash copy as everyone; returns whether the removal had taken effect there. */
    private static boolean checkCopy(Path copy, List<String> rows, RecoveryKey recoveryKey) {
        for (String name : List.of(People10.FIRST, STAYER)) {
            try (Vault vault = People10.open(copy, name, VaultOptions.standard())) {
                assertThat(vault.readOnly()).as("%s opens %s writable", name, copy).isFalse();
                assertThat(vault.integrityProblems()).isEmpty();
                assertThat(TestVaults.rows(vault)).isEqualTo(rows);
            }
        }
        if (recoveryKey != null) {
            try (Vault vault = Vault.openWithRecoveryKey(copy, recoveryKey, VaultOptions.standard())) {
                assertThat(TestVaults.rows(vault)).isEqualTo(rows);
            }
        }
        try (Vault vault = People10.open(copy, LEAVER, VaultOptions.standard())) {
            assertThat(TestVaults.rows(vault)).isEqualTo(rows);
            return false;
        } catch (UnlockFailedException refused) {
            return true;
        }
    }

    /** Copies the casebook's files, as a crash would leave them, each time the vault opens a file to write. */
    private static final class CrashPoints implements FileOpener {
        private final Path casebook;
        private final List<Path> copies = new ArrayList<>();
        private boolean recording;

        CrashPoints(Path casebook) {
            this.casebook = casebook;
        }

        void start() {
            recording = true;
            record();
        }

        void record() {
            try {
                copies.add(CrashCopy.of(casebook, casebook.getParent()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        List<Path> copies() {
            return copies;
        }

        @Override
        public FileChannel open(Path path, OpenOption... options) throws IOException {
            if (recording) {
                record();
            }
            FileChannel channel = FileChannel.open(path, options);
            return channel;
        }
    }
}
