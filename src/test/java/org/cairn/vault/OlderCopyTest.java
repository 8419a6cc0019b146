package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollback anchor: an older copy of a casebook's files, put back on the same computer, is reported. */
class OlderCopyTest {
    @TempDir
    Path root;
    private Path casebook;
    private VaultOptions options;

    @BeforeEach
    void create() {
        casebook = root.resolve("casebook");
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(root.resolve("data").resolve("anchors")));
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.create(casebook, passphrase, TestVaults.fastKdf(), options).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "first");
        }
    }

    @Test
    void anOlderSnapshotPutBackOpensReadOnlyAndSaysSo() throws IOException {
        Path older = CrashCopy.of(casebook, root);
        try (Vault vault = open(options)) {
            TestVaults.addRow(vault, "second");
        }
        putBack(older);
        try (Vault vault = open(options)) {
            assertThat(vault.openReport().olderThanRemembered()).contains("older than the copy last opened");
            assertThat(vault.readOnly()).isTrue();
            assertThat(TestVaults.rows(vault)).containsExactly("first");
            assertThatThrownBy(() -> TestVaults.addRow(vault, "lost")).isInstanceOf(ReadOnlyException.class)
                    .hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT)))
                .isEqualTo(Files.readAllBytes(older.resolve(CasebookFiles.SNAPSHOT)));
    }

    @Test
    void aLogCutShortOfWhatWasConfirmedIsReported() throws IOException {
        Path crash;
        try (Vault vault = open(options)) {
            TestVaults.addRow(vault, "second");
            long confirmed = Files.size(casebook.resolve(CasebookFiles.LOG));
            TestVaults.addRow(vault, "third");
            crash = crashCopyWithAnchors();
            // Cut inside the last-but-one record: without the anchor this looks exactly like a torn write.
            try (var channel = java.nio.channels.FileChannel.open(crash.resolve(CasebookFiles.LOG),
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(confirmed - 3);
            }
        }
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.open(crash, passphrase, anchorsAt(crash))) {
            assertThat(vault.openReport().olderThanRemembered()).contains("log holds");
            assertThat(vault.readOnly()).isTrue();
        }
    }

    @Test
    void acceptingTheOlderCopyOpensItForWritingAndRemembersItFromThen() throws IOException {
        Path older = CrashCopy.of(casebook, root);
        try (Vault vault = open(options)) {
            TestVaults.addRow(vault, "second");
        }
        putBack(older);
        try (Vault vault = open(options.withAcceptOlderCopy(true))) {
            assertThat(vault.readOnly()).isFalse();
            TestVaults.addRow(vault, "after the older copy");
        }
        try (Vault vault = open(options)) {
            assertThat(vault.openReport().problem()).isEmpty();
            assertThat(TestVaults.rows(vault)).containsExactly("first", "after the older copy");
        }
    }

    @Test
    void aTornFinalWriteIsNotMistakenForAnOlderCopy() throws IOException {
        Path crash;
        try (Vault vault = open(options)) {
            TestVaults.addRow(vault, "second");
            crash = crashCopyWithAnchors();
        }
        Path log = crash.resolve(CasebookFiles.LOG);
        Files.write(log, new byte[] {0, 0, 0, 90, 1, 2}, java.nio.file.StandardOpenOption.APPEND);
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.open(crash, passphrase, anchorsAt(crash))) {
            assertThat(vault.openReport().problem()).isEmpty();
            assertThat(vault.openReport().droppedUnconfirmedWrite()).isTrue();
            assertThat(TestVaults.rows(vault)).containsExactly("first", "second");
        }
    }

    @Test
    void aDamagedAnchorIsIgnoredNotTakenForARollback() throws IOException {
        try (Vault vault = open(options)) {
            TestVaults.addRow(vault, "second");
        }
        try (var files = Files.list(root.resolve("data").resolve("anchors"))) {
            for (Path anchor : files.toList()) {
                byte[] raw = Files.readAllBytes(anchor);
                raw[30] ^= 0x7F;
                Files.write(anchor, raw);
            }
        }
        try (Vault vault = open(options)) {
            assertThat(vault.openReport().problem()).isEmpty();
            assertThat(vault.readOnly()).isFalse();
        }
    }

    /** The casebook files and this computer's anchors as a crash (power cut) would leave them. */
    private Path crashCopyWithAnchors() throws IOException {
        Path crash = CrashCopy.of(casebook, root);
        Path anchors = Files.createDirectories(crash.resolveSibling(crash.getFileName() + "-anchors"));
        try (var files = Files.list(root.resolve("data").resolve("anchors"))) {
            for (Path anchor : files.toList()) {
                Files.copy(anchor, anchors.resolve(anchor.getFileName()));
            }
        }
        return crash;
    }

    private VaultOptions anchorsAt(Path crash) {
        return options.withAnchors(new RollbackAnchors(crash.resolveSibling(crash.getFileName() + "-anchors")));
    }

    private Vault open(VaultOptions with) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            return Vault.open(casebook, passphrase, with);
        }
    }

    private void putBack(Path older) throws IOException {
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            Files.copy(older.resolve(name), casebook.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
