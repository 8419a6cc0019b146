package org.cairn.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.cairn.vault.DamagedException;
import org.cairn.vault.Passphrase;
import org.cairn.vault.StorageFailedException;
import org.cairn.vault.UnlockFailedException;

/**
 * Restores a backup file into a casebook folder off the UI thread, for the welcome screen's Restore and for the
 * unlock screen's restore of a damaged casebook, and says in plain words why a restore failed.
 */
public final class BackupRestore {
    private final CasebookGateway gateway;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    public BackupRestore(CasebookGateway gateway, TaskRunner tasks, Messages messages) {
        this.gateway = Objects.requireNonNull(gateway);
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.errors = new ErrorMessages(messages);
    }

    /**
     * Restores {@code backup} into {@code folder} and hands over the opened casebook. Takes over {@code passphrase}
     * (the casebook's passphrase when the backup was made) and wipes it. With {@code replaceExisting}, a casebook
     * already in the folder is moved into a {@code replaced-…} folder beside the new files, never deleted.
     */
    public TaskRunner.Handle run(Path backup, char[] passphrase, Path folder, boolean replaceExisting,
            Consumer<Session> onRestored, Consumer<Exception> onFailure) {
        return tasks.run(progress -> {
            try (Passphrase secret = Passphrase.adopt(passphrase)) {
                return gateway.restore(backup, secret, folder, replaceExisting);
            }
        }, onRestored, onFailure);
    }

    /** What went wrong, as a sentence that says what to do next. */
    public String describe(Throwable failure) {
        if (failure instanceof UnlockFailedException) {
            return messages.get("restore.error.passphrase");
        }
        if (failure instanceof DamagedException) {
            return messages.get("restore.error.damaged");
        }
        if (failure instanceof StorageFailedException) {
            return messages.get("restore.error.storage");
        }
        return errors.describe(failure);
    }
}
