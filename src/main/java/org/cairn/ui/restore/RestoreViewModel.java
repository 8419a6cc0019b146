package org.cairn.ui.restore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.BackupRestore;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErasedAgain;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.CasebookFiles;

/**
 * Journey 7, Restore…: a backup file, the folder to restore into and the backup's passphrase. A folder that already
 * holds a casebook is only used after the advocate agrees, and its casebook is then kept aside, never deleted.
 * The restored casebook is closed again and the unlock screen opens for it, as after any fresh start.
 */
public final class RestoreViewModel {
    private final Messages messages;
    private final Navigator navigator;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final RecentCasebooks recent;
    private final TaskRunner tasks;
    private final BackupRestore restore;
    private final ObjectProperty<Path> backup = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public RestoreViewModel(Messages messages, Navigator navigator, FileChooserService files, DialogService dialogs,
            RecentCasebooks recent, TaskRunner tasks, BackupRestore restore) {
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recent = Objects.requireNonNull(recent);
        this.tasks = Objects.requireNonNull(tasks);
        this.restore = Objects.requireNonNull(restore);
    }

    public void chooseBackup() {
        files.chooseFileToOpen(messages.get("restore.chooseBackup")).ifPresent(chosen -> {
            backup.set(chosen);
            error.set("");
        });
    }

    public void chooseFolder() {
        files.chooseFolder(messages.get("restore.chooseFolder")).ifPresent(chosen -> {
            folder.set(chosen);
            error.set("");
        });
    }

    /** Takes over {@code passphrase} and wipes it, whatever happens. */
    public void restore(char[] passphrase) {
        String missing = backup.get() == null ? messages.get("restore.needBackup")
                : folder.get() == null ? messages.get("restore.needFolder")
                : passphrase.length == 0 ? messages.get("restore.needPassphrase") : null;
        if (missing != null || busy.get()) {
            Arrays.fill(passphrase, '\0');
            error.set(missing == null ? "" : missing);
            return;
        }
        Path target = folder.get();
        boolean replace = CasebookFiles.exists(target);
        if (replace && !dialogs.confirm(messages.get("restore.replace.title"),
                messages.format("restore.replace.question", target.toString()))) {
            Arrays.fill(passphrase, '\0');
            error.set(messages.get("restore.replace.declined"));
            return;
        }
        busy.set(true);
        error.set("");
        restore.run(backup.get(), passphrase, target, replace, session -> closeThenUnlock(session, target),
                failure -> {
                    busy.set(false);
                    error.set(restore.describe(failure));
                });
    }

    /**
     * Closing checkpoints the restored casebook; that is disk work, so it also runs in the background. Opening it
     * applied again every erasure made after the backup that this computer knows of, and the advocate is told.
     */
    private void closeThenUnlock(org.cairn.ui.common.Session session, Path target) {
        String erasedAgain = ErasedAgain.sentence(messages, session);
        tasks.run(progress -> {
            session.close();
            return target;
        }, done -> finish(done, erasedAgain), failure -> finish(target, erasedAgain));
    }

    private void finish(Path target, String erasedAgain) {
        busy.set(false);
        recent.remember(target);
        navigator.unlock(target);
        if (!erasedAgain.isEmpty()) {
            dialogs.showInformation(messages.get("restore.erasedAgain.title"), erasedAgain);
        }
    }

    public void back() {
        if (!busy.get()) {
            navigator.welcome();
        }
    }

    public ObjectProperty<Path> backupProperty() {
        return backup;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
