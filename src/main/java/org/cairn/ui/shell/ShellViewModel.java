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
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** Journey 6 and the window chrome: lock, quick exit, auto-lock, text size and theme. */
public final class ShellViewModel {
    static final double MIN_SCALE = 0.8;
    static final double MAX_SCALE = 2.0;
    static final double STEP = 0.1;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ClipboardService clipboard;
    private final DialogService dialogs;
    private final IdleLock idle;
    private final BackupViewModel backup;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private Consumer<Session> onCoordinator = open -> { };
    private final BooleanProperty hidden = new SimpleBooleanProperty();
    private final BooleanProperty locking = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final DoubleProperty textScale = new SimpleDoubleProperty(1.0);
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private Consumer<Path> onLocked = folder -> { };
    private Consumer<Session> onTemplates = open -> { };
    private Consumer<Session> onOrgProfile = open -> { };
    private Consumer<Session> onDirectory = open -> { };

    public ShellViewModel(Messages messages, TaskRunner tasks, ClipboardService clipboard, DialogService dialogs,
            IdleLock idle, BackupViewModel backup) {
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.idle = Objects.requireNonNull(idle);
        this.backup = Objects.requireNonNull(backup);
        title.set(messages.get("app.title"));
    }

    /** Where to go once a casebook has locked: normally the unlock screen for the same folder. */
    /** Where the menu's directory entry goes; set by the composition root, like the lock handler. */
    public void setOnDirectory(Consumer<Session> handler) {
        onDirectory = Objects.requireNonNull(handler);
    }

    public void openDirectory() {
        Session open = session.get();
        if (open != null) {
            onDirectory.accept(open);
        }
    }

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
        if (session.get() != null) {
            onOrgProfile.accept(session.get());
        }
    }

    /** Opens the template library, when a casebook is open. */
    public void openTemplates() {
        if (session.get() != null) {
            onTemplates.accept(session.get());
        }
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
        idle.reset();
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
        if (open == null) {
            return;
        }
        session.set(null);
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
        dialogs.showInformation(messages.get("shell.shortcuts.title"), messages.get("shell.shortcuts.list"));
    }

    public void larger() {
        textScale.set(Math.min(MAX_SCALE, round(textScale.get() + STEP)));
    }

    public void smaller() {
        textScale.set(Math.max(MIN_SCALE, round(textScale.get() - STEP)));
    }

    public void normalSize() {
        textScale.set(1.0);
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
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

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
