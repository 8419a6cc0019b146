package org.cairn.ui.unlock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    /** Who is unlocking; may be left blank while the casebook has one person. */
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty olderCopyShown = new SimpleBooleanProperty();
    /** The older copy waiting for the advocate's choice; only touched on the UI thread. */
    private OlderCopyChoice olderCopy;
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
        if (busy.get() || olderCopy != null || secret.length == 0) {
            Arrays.fill(secret, '\0');
            return;
        }
        // Kept only until the open ends, or until the advocate chooses about an older copy (see OlderCopyChoice).
        char[] kept = secret.clone();
        if (useRecoveryKey.get()) {
            RecoveryKey key;
            try {
                key = RecoveryKey.parse(secret);
            } catch (IllegalArgumentException e) {
                Arrays.fill(kept, '\0');
                error.set(errors.describe(e));
                return;
            } finally {
                Arrays.fill(secret, '\0');
            }
            start(progress -> {
                try (key) {
                    return gateway.openWithRecoveryKey(folder, key);
                }
            }, navigator::newPassphrase, kept, true);
            return;
        }
        String who = name.get() == null ? "" : name.get().strip();
        start(progress -> {
            try (Passphrase passphrase = Passphrase.adopt(secret)) {
                return withPendingKey(gateway.open(folder, who, passphrase));
            }
        }, this::opened, kept, false);
    }

    private Session withPendingKey(Session session) {
        pendingKey.set(session.casework().upkeep().pendingRecoveryKey().orElse(null));
        return session;
    }

    /** A recovery key shown earlier but never confirmed as stored comes back before anything else. */
    private void opened(Session session) {
        char[] key = pendingKey.getAndSet(null);
        if (key != null) {
            navigator.recoveryKey(session, key);
        } else {
            navigator.home(session);
        }
    }

    /** Older copy, first way out (the default): close it again. Nothing in its folder or on this computer changes. */
    public void cancelOlderCopy() {
        OlderCopyChoice choice = takeOlderCopy();
        if (choice == null) {
            return;
        }
        choice.wipe();
        busy.set(true);
        tasks.run(progress -> {
            choice.readOnlySession().close();
            return null;
        }, done -> {
            busy.set(false);
            error.set(messages.get("unlock.older.cancelled"));
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    /** Older copy, second way out: read and back it up, changing nothing (the read-only banner says why). */
    public void openOlderCopyReadOnly() {
        OlderCopyChoice choice = takeOlderCopy();
        if (choice == null) {
            return;
        }
        choice.wipe();
        wipePendingKey();
        recent.remember(folder);
        navigator.home(choice.readOnlySession());
    }

    /** Older copy, third way out: work in it from now on. The choice is recorded in its audit trail. */
    public void acceptOlderCopy() {
        OlderCopyChoice choice = takeOlderCopy();
        if (choice == null) {
            return;
        }
        wipePendingKey();
        busy.set(true);
        tasks.run(progress -> {
            Session session = choice.accept(gateway, folder);
            // After the recovery key a new passphrase comes next, which never looks for a pending key.
            return choice.recoveryKey() ? session : withPendingKey(session);
        }, session -> {
            busy.set(false);
            recent.remember(folder);
            choice.next().accept(session);
        }, failure -> {
            busy.set(false);
            damaged.set(failure instanceof DamagedException);
            error.set(errors.describe(failure));
        });
    }

    private OlderCopyChoice takeOlderCopy() {
        OlderCopyChoice choice = olderCopy;
        olderCopy = null;
        olderCopyShown.set(false);
        return choice;
    }

    private void wipePendingKey() {
        char[] key = pendingKey.getAndSet(null);
        if (key != null) {
            Arrays.fill(key, '\0');
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
            navigator.home(session);
        }, failure -> {
            busy.set(false);
            error.set(restore.describe(failure));
        });
    }

    public void back() {
        navigator.welcome();
    }

    private void start(TaskRunner.Work<Session> work, Consumer<Session> next, char[] kept, boolean recoveryKey) {
        busy.set(true);
        error.set("");
        tasks.run(work, session -> {
            busy.set(false);
            damaged.set(false);
            if (session.vault().openReport().olderThanRemembered() != null) {
                olderCopy = new OlderCopyChoice(session, recoveryKey ? null : name.get(), kept, recoveryKey, next);
                olderCopyShown.set(true);
                return;
            }
            Arrays.fill(kept, '\0');
            recent.remember(folder);
            next.accept(session);
        }, failure -> {
            Arrays.fill(kept, '\0');
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

    /**
     * True while the casebook that just opened is older than the copy this computer last saw and the advocate has
     * not yet chosen: cancel, open read-only, or accept it ({@link #olderCopyMessage()} says what that means).
     */
    public ReadOnlyBooleanProperty olderCopyProperty() {
        return olderCopyShown;
    }

    public String olderCopyMessage() {
        return messages.format("unlock.older.message");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
