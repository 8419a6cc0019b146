package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Clipboard clipboard = new Fakes.Clipboard();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Fakes.Files files = new Fakes.Files();
    private final List<Path> lockedFolders = new ArrayList<>();

    private ShellViewModel model() {
        ShellViewModel model = new ShellViewModel(Fakes.messages(), new SyncTaskRunner(), clipboard, dialogs,
                new IdleLock(clock, Duration.ofMinutes(5)),
                new BackupViewModel(Fakes.messages(), files, dialogs, new SyncTaskRunner(), clock));
        model.setOnLocked(lockedFolders::add);
        return model;
    }

    @Test
    void quickExitHidesClearsOurClipboardAndLocks() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 2);
        model.sessionStarted(session);
        clipboard.copy("C-2026-0001");
        model.quickExit();
        assertThat(model.hiddenProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("Untitled");
        assertThat(clipboard.content).isNull();
        assertThat(session.isClosed()).isTrue();
        assertThat(lockedFolders).containsExactly(temp.resolve("book"));
        model.reveal();
        assertThat(model.hiddenProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("Cairn");
    }

    @Test
    void remindsAboutABackupUntilOneIsMadeAndAgainWhenItGetsOld() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        assertThat(model.backup().reminderProperty().get()).contains("not been backed up yet");
        files.answers.add(temp.resolve("usb.cairnbackup"));
        model.backUp();
        assertThat(model.backup().reminderProperty().get()).isEmpty();
        clock.advance(Duration.ofDays(8));
        model.backup().checkReminder(session);
        assertThat(model.backup().reminderProperty().get()).isEqualTo("The last backup is 8 days old.");
        model.lock();
        assertThat(model.backup().reminderProperty().get()).isEmpty();
    }

    @Test
    void locksAfterFiveIdleMinutesButNotBefore() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        clock.advance(Duration.ofMinutes(4));
        model.tick();
        model.activity();
        clock.advance(Duration.ofMinutes(4));
        model.tick();
        assertThat(session.isClosed()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(session.isClosed()).isTrue();
        assertThat(model.sessionProperty().get()).isNull();
    }

    @Test
    void inputAfterTheLaptopSleptLocksFirst() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        clock.advance(Duration.ofHours(8));
        model.activity();
        assertThat(session.isClosed()).isTrue();
    }

    @Test
    void backsUpToTheChosenFileAndRecordsIt() throws Exception {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 2);
        model.sessionStarted(session);
        Path target = temp.resolve("usb").resolve("backup.cairnbackup");
        java.nio.file.Files.createDirectories(target.getParent());
        files.answers.add(target);
        model.backUp();
        assertThat(target).exists();
        assertThat(dialogs.shown).singleElement().asString().contains("backup.cairnbackup");
        assertThat(session.casebook().audit().recent(1).get(0).action())
                .isEqualTo(org.cairn.casebook.AuditAction.BACKUP_MADE);
        session.close();
        try (var passphrase = org.cairn.vault.Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray());
                var restored = org.cairn.vault.VaultRestore.restore(target, passphrase, temp.resolve("restored"),
                        false, org.cairn.vault.VaultOptions.standard())) {
            assertThat(restored.directory()).isEqualTo(temp.resolve("restored"));
        }
    }

    @Test
    void screensOfTheOpenCasebookOpenOnlyWhileOneIsOpen() {
        ShellViewModel model = model();
        List<String> opened = new ArrayList<>();
        model.setOnOrgProfile(session -> opened.add("organisation"));
        model.setOnTemplates(session -> opened.add("templates"));
        model.openOrgProfile();
        assertThat(opened).isEmpty();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 2);
        model.sessionStarted(session);
        model.openOrgProfile();
        model.openTemplates();
        assertThat(opened).containsExactly("organisation", "templates");
        session.close();
    }

    @Test
    void helpListsTheShortcuts() {
        model().showShortcuts();
        assertThat(dialogs.shown).singleElement().asString().contains("Shift+Esc").contains("Ctrl+F");
    }

    @Test
    void textScaleStaysWithinBounds() {
        ShellViewModel model = model();
        for (int i = 0; i < 30; i++) {
            model.larger();
        }
        assertThat(model.textScaleProperty().get()).isEqualTo(2.0);
        for (int i = 0; i < 30; i++) {
            model.smaller();
        }
        assertThat(model.textScaleProperty().get()).isEqualTo(0.8);
        model.normalSize();
        assertThat(model.textScaleProperty().get()).isEqualTo(1.0);
    }
}
