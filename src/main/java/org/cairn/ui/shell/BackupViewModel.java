package org.cairn.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** "Back up now…": one encrypted backup file, written off the UI thread and recorded in the audit trail. */
public final class BackupViewModel {
    private final Messages messages;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ErrorMessages errors;
    public static final int DEFAULT_REMINDER_DAYS = 7;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty reminder = new SimpleStringProperty("");
    private int reminderDays;

    public BackupViewModel(Messages messages, FileChooserService files, DialogService dialogs, TaskRunner tasks,
            Clock clock) {
        this(messages, files, dialogs, tasks, clock, DEFAULT_REMINDER_DAYS);
    }

    /** {@code reminderDays}: how old the last backup may get before the shell reminds the advocate. */
    public BackupViewModel(Messages messages, FileChooserService files, DialogService dialogs, TaskRunner tasks,
            Clock clock, int reminderDays) {
        setReminderDays(reminderDays);
        this.messages = Objects.requireNonNull(messages);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = Objects.requireNonNull(clock);
        this.errors = new ErrorMessages(messages);
    }

    public void backUp(Session session) {
        if (session == null || busy.get()) {
            return;
        }
        String suggested = "cairn-backup-" + LocalDate.now(clock) + ".cairnbackup";
        files.chooseFileToSave(messages.get("backup.choose"), suggested).ifPresent(target -> write(session, target));
    }

    private void write(Session session, Path target) {
        busy.set(true);
        tasks.run(progress -> {
            session.casework().upkeep().makeBackup(session.vault(), target);
            return target;
        }, done -> {
            busy.set(false);
            reminder.set("");
            dialogs.showInformation(messages.get("backup.title"), messages.format("backup.done", done.toString()));
        }, failure -> {
            busy.set(false);
            dialogs.showError(messages.get("backup.title"), errors.describe(failure));
        });
    }

    /** Looks up the last backup in the audit trail and sets the reminder when it is too old or missing. */
    public void checkReminder(Session session) {
        reminder.set("");
        if (session == null) {
            return;
        }
        tasks.run(progress -> session.casework().upkeep().lastBackup(),
                last -> reminder.set(reminderText(last)), failure -> reminder.set(""));
    }

    String reminderText(java.util.Optional<java.time.Instant> last) {
        if (last.isEmpty()) {
            return messages.get("backup.reminder.never");
        }
        long days = java.time.Duration.between(last.get(), clock.instant()).toDays();
        return days >= reminderDays ? messages.format("backup.reminder.old", days) : "";
    }

    /** A new number of days from the Settings screen; it applies from the next check. */
    public void setReminderDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the reminder needs at least one day");
        }
        this.reminderDays = days;
    }

    public void clearReminder() {
        reminder.set("");
    }

    public StringProperty reminderProperty() {
        return reminder;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
