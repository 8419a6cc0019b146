package org.cairn.ui.unlock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.BackupRestore;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.DamagedException;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;

/** Journey 3: unlock with the passphrase or the recovery key; a damaged casebook can be restored from a backup. */
public final class UnlockViewModel {
    private final Path folder;
    private final Messages messages;
    private final Navigator navigator;
    private final CasebookGateway gateway;
    private final TaskRunner tasks;
    private final RecentCasebooks recent;
    private final FileChooserService files;
    private final ErrorMessages errors;
    private final BackupRestore restore;
    private final BooleanProperty useRecoveryKey = new SimpleBooleanProperty();
    private final BooleanProperty capsLock = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty damaged = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    /** Handed from the unlocking task to the UI thread: the key still waiting for confirmation, if any. */
    private final AtomicReference<char[]> pendingKey = new AtomicReference<>();

    public UnlockViewModel(Path folder, Messages messages, Navigator navigator, CasebookGateway gateway,
            TaskRunner tasks, RecentCasebooks recent, FileChooserService files, ErrorMessages errors) {
        this.folder = Objects.requireNonNull(folder);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.gateway = Objects.requireNonNull(gateway);
        this.tasks = Objects.requireNonNull(tasks);
        this.recent = Objects.requireNonNull(recent);
        this.files = Objects.requireNonNull(files);
        this.errors = Objects.requireNonNull(errors);
        this.restore = new BackupRestore(gateway, tasks, messages);
    }

    /** Takes ownership of {@code secret} and wipes it. */
    public void unlock(char[] secret) {
        if (busy.get() || secret.length == 0) {
            Arrays.fill(secret, '\0');
            return;
        }
        if (useRecoveryKey.get()) {
            RecoveryKey key;
            try {
                key = RecoveryKey.parse(secret);
            } catch (IllegalArgumentException e) {
                error.set(e.getMessage());
                return;
            } finally {
                Arrays.fill(secret, '\0');
            }
            start(progress -> {
                try (key) {
                    return gateway.openWithRecoveryKey(folder, key);
                }
            }, navigator::newPassphrase);
            return;
        }
        start(progress -> {
            Session session;
            try (Passphrase passphrase = Passphrase.adopt(secret)) {
                session = gateway.open(folder, passphrase);
            }
            pendingKey.set(session.casework().upkeep().pendingRecoveryKey().orElse(null));
            return session;
        }, this::opened);
    }

    /** A recovery key shown earlier but never confirmed as stored comes back before anything else. */
    private void opened(Session session) {
        char[] key = pendingKey.getAndSet(null);
        if (key != null) {
            navigator.recoveryKey(session, key);
        } else {
            navigator.cases(session);
        }
    }

    /** Restores a chosen backup into this folder; {@code backupPassphrase} is taken over and wiped. */
    public void restoreFromBackup(char[] backupPassphrase) {
        var backup = files.chooseFileToOpen(messages.get("unlock.restore.choose"));
        if (backup.isEmpty() || backupPassphrase.length == 0) {
            Arrays.fill(backupPassphrase, '\0');
            error.set(messages.get("unlock.restore.needPassphrase"));
            return;
        }
        busy.set(true);
        error.set("");
        restore.run(backup.get(), backupPassphrase, folder, true, session -> {
            busy.set(false);
            damaged.set(false);
            recent.remember(folder);
            navigator.cases(session);
        }, failure -> {
            busy.set(false);
            error.set(restore.describe(failure));
        });
    }

    public void back() {
        navigator.welcome();
    }

    private void start(TaskRunner.Work<Session> work, java.util.function.Consumer<Session> next) {
        busy.set(true);
        error.set("");
        tasks.run(work, session -> {
            busy.set(false);
            damaged.set(false);
            recent.remember(folder);
            next.accept(session);
        }, failure -> {
            busy.set(false);
            damaged.set(failure instanceof DamagedException);
            error.set(errors.describe(failure));
        });
    }

    public Path folder() {
        return folder;
    }

    public BooleanProperty useRecoveryKeyProperty() {
        return useRecoveryKey;
    }

    public BooleanProperty capsLockProperty() {
        return capsLock;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty damagedProperty() {
        return damaged;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
