package org.cairn.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cairn.ui.common.BackupRestore;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Fakes.Recent recent = new Fakes.Recent();

    private RestoreViewModel model() {
        SyncTaskRunner tasks = new SyncTaskRunner();
        return new RestoreViewModel(Fakes.messages(), navigator, files, dialogs, recent, tasks,
                new BackupRestore(Fakes.gateway(clock), tasks, Fakes.messages()));
    }

    /** A casebook with three cases, backed up to a file, and closed. */
    private Path backup() {
        Session session = DemoSessions.create(temp.resolve("original"), clock, 3);
        Path file = temp.resolve("usb").resolve("cairn.cairnbackup");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        session.vault().backupTo(file);
        session.close();
        return file;
    }

    private RestoreViewModel chosen(Path backup, Path folder) {
        RestoreViewModel model = model();
        files.answers.add(backup);
        model.chooseBackup();
        files.answers.add(folder);
        model.chooseFolder();
        return model;
    }

    @Test
    void restoresIntoAnEmptyFolderThenAsksToUnlockIt() {
        Path folder = temp.resolve("restored");
        RestoreViewModel model = chosen(backup(), folder);
        char[] passphrase = DemoSessions.PASSPHRASE.toCharArray();
        model.restore(passphrase);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(passphrase).containsOnly('\0');
        assertThat(navigator.visits).containsExactly("unlock restored");
        assertThat(recent.folders).containsExactly(folder);
        assertThat(model.busyProperty().get()).isFalse();
        try (Passphrase secret = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray());
                Vault vault = Vault.open(folder, secret, VaultOptions.standard())) {
            assertThat(vault.directory()).isEqualTo(folder);
        }
    }

    @Test
    void saysWhatIsMissingAndWipesWhatWasTyped() {
        RestoreViewModel model = model();
        char[] typed = "something".toCharArray();
        model.restore(typed);
        assertThat(model.errorProperty().get()).isEqualTo("Choose the backup file first.");
        assertThat(typed).containsOnly('\0');
        files.answers.add(temp.resolve("b.cairnbackup"));
        model.chooseBackup();
        model.restore("x".toCharArray());
        assertThat(model.errorProperty().get()).isEqualTo("Choose the folder to restore into first.");
        files.answers.add(temp.resolve("f"));
        model.chooseFolder();
        model.restore(new char[0]);
        assertThat(model.errorProperty().get()).startsWith("Type the backup's passphrase");
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void anExistingCasebookIsKeptWhenTheAdvocateSaysNo() throws IOException {
        Path backup = backup();
        Path folder = DemoSessions.closed(temp.resolve("other"), clock, 1);
        byte[] before = Files.readAllBytes(folder.resolve("casebook.cairn"));
        dialogs.confirmAnswer = false;
        RestoreViewModel model = chosen(backup, folder);
        model.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(dialogs.shown).singleElement().asString().contains("There is already a casebook in")
                .contains("not deleted");
        assertThat(model.errorProperty().get()).startsWith("Nothing was restored.");
        assertThat(Files.readAllBytes(folder.resolve("casebook.cairn"))).isEqualTo(before);
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void anExistingCasebookIsMovedAsideWhenTheAdvocateAgrees() throws IOException {
        Path backup = backup();
        Path folder = DemoSessions.closed(temp.resolve("other"), clock, 1);
        byte[] before = Files.readAllBytes(folder.resolve("casebook.cairn"));
        RestoreViewModel model = chosen(backup, folder);
        model.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(navigator.visits).containsExactly("unlock other");
        try (Stream<Path> inside = Files.list(folder)) {
            Path aside = inside.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(aside.resolve("casebook.cairn"))).isEqualTo(before);
        }
    }

    @Test
    void aWrongPassphraseAndAFileThatIsNotABackupAreExplained() throws IOException {
        Path backup = backup();
        RestoreViewModel wrong = chosen(backup, temp.resolve("a"));
        wrong.restore("not the passphrase".toCharArray());
        assertThat(wrong.errorProperty().get()).startsWith("The passphrase is wrong, or this file is not a Cairn backup.");
        Path photo = Files.write(temp.resolve("holiday.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6,
                7, 8, 9, 10, 11, 12, 13, 14});
        RestoreViewModel notABackup = chosen(photo, temp.resolve("b"));
        notABackup.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(notABackup.errorProperty().get()).isNotBlank().doesNotContain("Exception");
        Path casebookFile = DemoSessions.closed(temp.resolve("book"), clock, 1).resolve("casebook.cairn");
        RestoreViewModel casebook = chosen(casebookFile, temp.resolve("c"));
        casebook.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(casebook.errorProperty().get()).contains("not a Cairn backup");
        assertThat(navigator.visits).isEmpty();
        assertThat(temp.resolve("a")).doesNotExist();
    }

    @Test
    void aDamagedBackupIsExplained() throws IOException {
        Path backup = backup();
        try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
            long at = file.length() - 40;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 0x55);
        }
        RestoreViewModel model = chosen(backup, temp.resolve("restored"));
        model.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(model.errorProperty().get()).isEqualTo("This backup file is damaged, so it cannot be restored. "
                + "Nothing was changed. Try another backup, for example an older one or a copy on another stick.");
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsExplained() throws IOException {
        Path backup = backup();
        Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");
        RestoreViewModel model = chosen(backup, notAFolder.resolve("casebook"));
        model.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(model.errorProperty().get()).startsWith(
                "The casebook could not be written into the chosen folder: the drive may be full");
        assertThat(navigator.visits).isEmpty();
    }
}
