package org.cairn.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairn.ui.common.BackupRestore;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.NewPeopleNotice;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.VaultOptions;
import org.cairn.vault.VaultRestore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older backup restored on this computer loses the people erased since, and the app says so. */
class ErasedAgainTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private VaultOptions options;
    private CasebookGateway gateway;
    private Path before;
    private Path after;

    /** A demo casebook backed up, then two clients erased, then backed up again; this computer keeps the journal. */
    @BeforeEach
    void backupsEitherSideOfTwoErasures() throws IOException {
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(temp.resolve("data").resolve("anchors")));
        gateway = new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()), options, clock, "tester");
        Files.createDirectories(temp.resolve("usb"));
        before = temp.resolve("usb").resolve("before.cairnbackup");
        after = temp.resolve("usb").resolve("after.cairnbackup");
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray());
                Session session = gateway.createDemo(temp.resolve("book"), passphrase, 4, 7L, written -> { })) {
            session.vault().backupTo(before);
            for (long caseId : List.of(1L, 2L)) {
                String reference = session.casebook().cases().find(caseId).orElseThrow().reference().toString();
                session.casework().erasure().eraseClient(reference, "Retention period ended");
            }
            session.vault().backupTo(after);
        }
    }

    private RestoreViewModel model() {
        SyncTaskRunner tasks = new SyncTaskRunner();
        RestoreViewModel model = new RestoreViewModel(Fakes.messages(), navigator, files, dialogs,
                new Fakes.Recent(), tasks, new BackupRestore(gateway, tasks, Fakes.messages()));
        return model;
    }

    private void restore(Path backup, Path folder) {
        RestoreViewModel model = model();
        files.answers.add(backup);
        model.chooseBackup();
        files.answers.add(folder);
        model.chooseFolder();
        model.restore(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void restoringTheOlderBackupSaysHowManyErasuresWereAppliedAgain() {
        restore(before, temp.resolve("restored"));
        assertThat(navigator.visits).containsExactly("unlock restored");
        assertThat(dialogs.shown).singleElement().asString().startsWith("2 erasures made after this copy")
                .contains("erased again");
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray());
                Session reopened = gateway.open(temp.resolve("restored"), passphrase)) {
            assertThat(reopened.casebook().cases().find(1L)).isEmpty();
            assertThat(reopened.casebook().cases().find(2L)).isEmpty();
            assertThat(reopened.casebook().cases().find(3L)).isPresent();
        }
    }

    @Test
    void restoringABackupMadeAfterTheErasuresSaysNothing() {
        restore(after, temp.resolve("restored"));
        assertThat(navigator.visits).containsExactly("unlock restored");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void anOlderCopyPutBackAndUnlockedIsAnnouncedOnTheFirstScreen() {
        Path folder = temp.resolve("put-back");
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray())) {
            // Restored without opening it, as an older copy of the folder copied back by hand would be.
            VaultRestore.restore(before, passphrase, folder, false, options).close();
        }
        List<String> notices = new ArrayList<>();
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray());
                Session session = gateway.open(folder, passphrase)) {
            NewPeopleNotice notice = new NewPeopleNotice(Fakes.messages(), new SyncTaskRunner(), clock);
            notice.announce(session, notices::add, failure -> notices.add("failed"));
            notice.announce(session, notices::add, failure -> notices.add("failed"));
        }
        assertThat(notices).singleElement().asString().startsWith("2 erasures made after this copy");
    }
}
