package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.AppSettings;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.MemorySettings;
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
    private final MemorySettings stored = new MemorySettings();
    private LiveSettings settings = new LiveSettings(stored);

    private ShellViewModel model() {
        ShellViewModel model = new ShellViewModel(Fakes.messages(), new SyncTaskRunner(), clipboard,
                new IdleLock(clock, Duration.ofMinutes(5)),
                new BackupViewModel(Fakes.messages(), files, dialogs, new SyncTaskRunner(), clock), settings);
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
    void helpAndF1OpenTheShortcutsThroughTheWindow() {
        ShellViewModel model = model();
        List<String> shown = new ArrayList<>();
        model.setOnShortcuts(() -> shown.add("shortcuts"));
        model.showShortcuts();
        model.run(Shortcut.Action.SHORTCUTS);
        assertThat(shown).hasSize(2);
        assertThat(model.shortcuts()).isSameAs(Shortcuts.ALL);
    }

    @Test
    void aShorterIdleLimitFromTheSettingsAppliesToTheRunningLock() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        clock.advance(Duration.ofMinutes(2));
        model.tick();
        assertThat(session.isClosed()).isFalse();
        settings.update(current -> current.withIdleMinutes(2));
        model.tick();
        assertThat(session.isClosed()).isTrue();
        assertThat(stored.saved.idleMinutes()).isEqualTo(2);
    }

    @Test
    void aLongerIdleLimitKeepsTheCasebookOpenPastTheOldOne() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        settings.update(current -> current.withIdleMinutes(30));
        clock.advance(Duration.ofMinutes(29));
        model.tick();
        assertThat(session.isClosed()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(session.isClosed()).isTrue();
    }

    @Test
    void textSizeAndThemeAreSavedAndStoredOnesApplyAtStart() {
        stored.saved = new AppSettings(5, true, 1.5, 7);
        settings = new LiveSettings(stored);
        ShellViewModel model = model();
        assertThat(model.textScaleProperty().get()).isEqualTo(1.5);
        assertThat(model.darkProperty().get()).isTrue();
        model.larger();
        model.toggleTheme();
        assertThat(stored.saved.textScale()).isEqualTo(1.6);
        assertThat(stored.saved.dark()).isFalse();
        assertThat(model.darkProperty().get()).isFalse();
    }

    @Test
    void aChangedReminderIsCheckedAgainAtOnce() {
        ShellViewModel model = model();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        files.answers.add(temp.resolve("usb.cairnbackup"));
        model.backUp();
        clock.advance(Duration.ofDays(3));
        assertThat(model.backup().reminderProperty().get()).isEmpty();
        settings.update(current -> current.withBackupReminderDays(2));
        assertThat(model.backup().reminderProperty().get()).isEqualTo("The last backup is 3 days old.");
        session.close();
    }

    @Test
    void whatAScreenMustForgetIsWipedWhenItIsLeftLockedOrQuitByQuickExit() {
        ShellViewModel model = model();
        List<String> wiped = new ArrayList<>();
        model.whenScreenLeft(() -> wiped.add("left"));
        model.screenLeft();
        model.screenLeft();
        assertThat(wiped).containsExactly("left");
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        model.whenScreenLeft(() -> wiped.add("locked"));
        model.lock();
        model.whenScreenLeft(() -> wiped.add("quick exit"));
        model.quickExit();
        model.whenScreenLeft(() -> wiped.add("replaced"));
        model.whenScreenLeft(() -> wiped.add("quit"));
        model.shutdown();
        assertThat(wiped).containsExactly("left", "locked", "quick exit", "replaced", "quit");
    }

    @Test
    void restoreIsOfferedOnlyWhileNoCasebookIsOpen() {
        ShellViewModel model = model();
        List<String> opened = new ArrayList<>();
        model.setOnRestore(() -> opened.add("restore"));
        model.setOnSettings(() -> opened.add("settings"));
        model.openRestore();
        Session session = DemoSessions.create(temp.resolve("book"), clock, 1);
        model.sessionStarted(session);
        model.openRestore();
        model.run(Shortcut.Action.SETTINGS);
        assertThat(opened).containsExactly("restore", "settings");
        session.close();
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
