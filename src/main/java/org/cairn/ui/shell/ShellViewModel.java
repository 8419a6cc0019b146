package org.cairn.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.AppSettings;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** Journey 6 and the window chrome: lock, quick exit, auto-lock, text size, theme and the menu's destinations. */
public final class ShellViewModel {
    static final double STEP = 0.1;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ClipboardService clipboard;
    private final IdleLock idle;
    private final BackupViewModel backup;
    private final LiveSettings settings;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private Consumer<Session> onCoordinator = open -> { };
    private final BooleanProperty hidden = new SimpleBooleanProperty();
    private final BooleanProperty locking = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty readOnlyBanner = new SimpleStringProperty("");
    private final DoubleProperty textScale = new SimpleDoubleProperty(1.0);
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private Consumer<Path> onLocked = folder -> { };
    private Consumer<Session> onTemplates = open -> { };
    private Consumer<Session> onOrgProfile = open -> { };
    private Consumer<Session> onDirectory = open -> { };
    private Consumer<Session> onCases = open -> { };
    private Consumer<Session> onNewCase = open -> { };
    private Consumer<Session> onPeople = open -> { };
    private Consumer<Session> onRetention = open -> { };
    private Consumer<Session> onProcessing = open -> { };
    private Consumer<Session> onTransferImport = open -> { };
    /** False while a person whose role may not see cases (a coordinator) has the casebook open. */
    private final BooleanProperty caseScreens = new SimpleBooleanProperty(true);
    private Runnable onSettings = () -> { };
    private Runnable onRestore = () -> { };
    private Runnable onShortcuts = () -> { };
    /** What the shown screen must forget when it goes (the recovery key); run on leaving, lock and quick exit. */
    private Runnable onScreenLeft = () -> { };

    public ShellViewModel(Messages messages, TaskRunner tasks, ClipboardService clipboard, IdleLock idle, BackupViewModel backup, LiveSettings settings) {
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.idle = Objects.requireNonNull(idle);
        this.backup = Objects.requireNonNull(backup);
        this.settings = Objects.requireNonNull(settings);
        title.set(messages.get("app.title"));
        apply(settings.get());
        settings.property().addListener((o, was, now) -> settingsChanged(was, now));
    }

    private void apply(AppSettings current) {
        idle.setLimit(java.time.Duration.ofMinutes(current.idleMinutes()));
        backup.setReminderDays(current.backupReminderDays());
        textScale.set(current.textScale());
        dark.set(current.dark());
    }

    private void settingsChanged(AppSettings was, AppSettings now) {
        apply(now);
        if (was.backupReminderDays() != now.backupReminderDays() && session.get() != null) {
            backup.checkReminder(session.get());
        }
    }

    public LiveSettings settings() {
        return settings;
    }

    /** Menu: the case list of the open casebook. */
    public void setOnCases(Consumer<Session> handler) {
        onCases = Objects.requireNonNull(handler);
    }

    public void openCases() {
        whenCasework(onCases);
    }

    /** Menu: a new client and case. */
    public void setOnNewCase(Consumer<Session> handler) {
        onNewCase = Objects.requireNonNull(handler);
    }

    public void openNewCase() {
        whenCasework(onNewCase);
    }

    /** Menu and shortcut: people and passphrases (administrators see everyone; others their own passphrase). */
    public void setOnPeople(Consumer<Session> handler) {
        onPeople = Objects.requireNonNull(handler);
    }

    public void openPeople() {
        whenOpen(onPeople);
    }

    /** Menu and shortcut: the retention review queue; the records of processing from the menu. */
    public void setOnDataProtection(Consumer<Session> retention, Consumer<Session> processing) {
        onRetention = Objects.requireNonNull(retention);
        onProcessing = Objects.requireNonNull(processing);
    }

    public void openRetention() {
        whenCasework(onRetention);
    }

    public void openProcessing() {
        whenCasework(onProcessing);
    }

    /** Menu and shortcut ({@code run}): import a transfer file from a paired casebook; never for a coordinator. */
    public void setOnTransferImport(Consumer<Session> handler) {
        onTransferImport = Objects.requireNonNull(handler);
    }

    /**
     * Whether the case screens (cases, new case, directory, templates, organisation) are offered: not to a role
     * whose use cases would refuse them all. True while nothing is open, when the menus are disabled anyway.
     */
    public BooleanProperty caseScreensProperty() {
        return caseScreens;
    }

    private void whenCasework(Consumer<Session> handler) {
        if (caseScreens.get()) {
            whenOpen(handler);
        }
    }

    /** Menu: the Settings screen, with or without an open casebook. */
    public void setOnSettings(Runnable handler) {
        onSettings = Objects.requireNonNull(handler);
    }

    public void openSettings() {
        onSettings.run();
    }

    /** Menu: restore a casebook from a backup; only while no casebook is open. */
    public void setOnRestore(Runnable handler) {
        onRestore = Objects.requireNonNull(handler);
    }

    public void openRestore() {
        if (session.get() == null) {
            onRestore.run();
        }
    }

    /** How the window shows the keyboard shortcuts (a dialog). */
    public void setOnShortcuts(Runnable handler) {
        onShortcuts = Objects.requireNonNull(handler);
    }

    /**
     * Registers what the screen just shown must wipe when it is left. Replaces any earlier one, which is run
     * first, so nothing registered is ever dropped without running.
     */
    public void whenScreenLeft(Runnable wipe) {
        screenLeft();
        onScreenLeft = Objects.requireNonNull(wipe);
    }

    /** The shown screen is going away (another screen, a lock, a quick exit or quitting). */
    public void screenLeft() {
        Runnable wipe = onScreenLeft;
        onScreenLeft = () -> { };
        wipe.run();
    }

    private void whenOpen(Consumer<Session> handler) {
        Session open = session.get();
        if (open != null) {
            handler.accept(open);
        }
    }

    /** Where the menu's directory entry goes; set by the composition root, like the lock handler. */
    public void setOnDirectory(Consumer<Session> handler) {
        onDirectory = Objects.requireNonNull(handler);
    }

    public void openDirectory() {
        whenCasework(onDirectory);
    }

    /** Where to go once a casebook has locked: normally the unlock screen for the same folder. */
    public void setOnLocked(Consumer<Path> handler) {
        this.onLocked = Objects.requireNonNull(handler);
    }

    /** Where the Templates button goes: the template library of the open casebook. */
    public void setOnTemplates(Consumer<Session> handler) {
        this.onTemplates = Objects.requireNonNull(handler);
    }

    /** Where the organisation settings button goes: the profile letters print (name, address, logo). */
    public void setOnOrgProfile(Consumer<Session> handler) {
        this.onOrgProfile = Objects.requireNonNull(handler);
    }

    /** Opens the organisation settings, when a casebook is open. */
    public void openOrgProfile() {
        whenCasework(onOrgProfile);
    }

    /** Opens the template library, when a casebook is open. */
    public void openTemplates() {
        whenCasework(onTemplates);
    }

    /** Where the counts screen is opened (the coordinator's view), for the open casebook. */
    public void setOnCoordinator(Consumer<Session> handler) {
        this.onCoordinator = Objects.requireNonNull(handler);
    }

    public void coordinator() {
        Session open = session.get();
        if (open != null) {
            onCoordinator.accept(open);
        }
    }

    public void sessionStarted(Session opened) {
        if (session.get() != opened) {
            backup.checkReminder(opened);
        }
        session.set(opened);
        caseScreens.set(opened.casework().allows(org.cairn.casework.Action.FIND_CASES));
        readOnlyBanner.set(ReadOnlyBanner.text(opened.vault().openReport(), messages));
        idle.reset();
    }

    /** Empty when the casebook is writable; otherwise says it is read-only, why, and what to do. */
    public StringProperty readOnlyBannerProperty() {
        return readOnlyBanner;
    }

    /** Any key or mouse input. */
    public void activity() {
        if (idle.activity() && session.get() != null) {
            lock();
        }
    }

    /** Called every second or so by a timer. */
    public void tick() {
        clipboard.expire();
        if (session.get() != null && idle.isDue()) {
            lock();
        }
    }

    /** Hides everything at once, then locks; the window shows a neutral page and minimises. */
    public void quickExit() {
        hidden.set(true);
        screenLeft();
        title.set(messages.get("shell.neutralTitle"));
        lock();
        clipboard.clearIfOurs();
    }

    /** The advocate came back to the neutral page: show Cairn again (by now locked). */
    public void reveal() {
        if (!locking.get()) {
            hidden.set(false);
            title.set(messages.get("app.title"));
        }
    }

    /** Locks the open casebook: the content goes at once, the vault checkpoints and closes in the background. */
    public void lock() {
        Session open = session.get();
        clipboard.clearIfOurs();
        screenLeft();
        if (open == null) {
            return;
        }
        session.set(null);
        caseScreens.set(true);
        readOnlyBanner.set("");
        backup.clearReminder();
        locking.set(true);
        tasks.run(progress -> {
            open.close();
            return open.folder();
        }, folder -> finishLock(folder), failure -> finishLock(open.folder()));
    }

    private void finishLock(Path folder) {
        locking.set(false);
        onLocked.accept(folder);
    }

    /** Closes an open casebook on the calling thread, for when the application is quitting. */
    public void shutdown() {
        screenLeft();
        Session open = session.get();
        session.set(null);
        if (open != null) {
            open.close();
        }
    }

    /** "Back up now…" for the open casebook. */
    public void backUp() {
        backup.backUp(session.get());
    }

    public BackupViewModel backup() {
        return backup;
    }

    /** Help: the keyboard shortcuts. */
    public void showShortcuts() {
        onShortcuts.run();
    }

    /** The shortcuts the Help dialog lists and the window installs: one list for both. */
    public java.util.List<Shortcut> shortcuts() {
        return Shortcuts.ALL;
    }

    public void larger() {
        settings.update(current -> current.withTextScale(current.textScale() + STEP));
    }

    public void smaller() {
        settings.update(current -> current.withTextScale(current.textScale() - STEP));
    }

    public void normalSize() {
        settings.update(current -> current.withTextScale(1.0));
    }

    public void toggleTheme() {
        settings.update(current -> current.withDark(!current.dark()));
    }

    /** Runs a shell-wide shortcut; screen-level ones (search, open) are left to their screens. */
    public void run(Shortcut.Action action) {
        switch (action) {
            case SHORTCUTS -> showShortcuts();
            case SETTINGS -> openSettings();
            case PEOPLE -> openPeople();
            case RETENTION -> openRetention();
            case TRANSFER_IMPORT -> whenCasework(onTransferImport);
            case LOCK -> lock();
            case QUICK_EXIT -> quickExit();
            case LARGER -> larger();
            case SMALLER -> smaller();
            case NORMAL_SIZE -> normalSize();
            default -> { }
        }
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    public BooleanProperty lockingProperty() {
        return locking;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Follows the settings; change it through {@link #larger()}, {@link #smaller()} or the Settings screen. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Follows the settings; change it through {@link #toggleTheme()} or the Settings screen. */
    public BooleanProperty darkProperty() {
        return dark;
    }
}
