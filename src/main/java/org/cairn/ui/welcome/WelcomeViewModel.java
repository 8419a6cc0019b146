package org.cairn.ui.welcome;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.Passphrase;

/** Journey 1: create, open (recent folders remembered) or try a fictional demo casebook. */
public final class WelcomeViewModel {
    /** Where the demo goes, how many cases it gets. */
    public record DemoSettings(Path folder, int cases, long seed) {
    }

    private final Messages messages;
    private final Navigator navigator;
    private final FileChooserService files;
    private final RecentCasebooks recent;
    private final CasebookGateway gateway;
    private final TaskRunner tasks;
    private final DemoSettings demo;
    private final SecureRandom random;
    private final ErrorMessages errors;
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty demoPassphrase = new SimpleStringProperty("");
    private final ObjectProperty<Session> demoSession = new SimpleObjectProperty<>();

    public WelcomeViewModel(Messages messages, Navigator navigator, FileChooserService files, RecentCasebooks recent,
            CasebookGateway gateway, TaskRunner tasks, DemoSettings demo, SecureRandom random, ErrorMessages errors) {
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.files = Objects.requireNonNull(files);
        this.recent = Objects.requireNonNull(recent);
        this.gateway = Objects.requireNonNull(gateway);
        this.tasks = Objects.requireNonNull(tasks);
        this.demo = Objects.requireNonNull(demo);
        this.random = Objects.requireNonNull(random);
        this.errors = Objects.requireNonNull(errors);
        recentFolders.setAll(recent.list());
    }

    public void createCasebook() {
        files.chooseFolder(messages.get("welcome.chooseNewFolder")).ifPresent(navigator::create);
    }

    public void openCasebook() {
        files.chooseFolder(messages.get("welcome.chooseFolder")).ifPresent(this::openRecent);
    }

    /** Restore…: a casebook from a backup file, for example after the laptop was lost or replaced. */
    public void restoreFromBackup() {
        navigator.restore();
    }

    public void openRecent(Path folder) {
        navigator.unlock(folder);
    }

    public void tryDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        progress.set(0);
        status.set(messages.get("welcome.demo.creating"));
        char[] secret = DemoPassphrase.generate(random);
        // The demo passphrase is fictional and shown on screen, so it has to become text here.
        demoPassphrase.set("");
        String shown = new String(secret);
        TaskRunner.Handle handle = tasks.run(progressSink -> {
            try (Passphrase passphrase = Passphrase.adopt(secret)) {
                return gateway.createDemo(demo.folder(), passphrase, demo.cases(), demo.seed(),
                        written -> progressSink.report((double) written / Math.max(1, demo.cases())));
            }
        }, session -> {
            busy.set(false);
            progress.set(1);
            status.set(messages.format("welcome.demo.ready", demo.cases()));
            demoPassphrase.set(shown);
            demoSession.set(session);
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(errors.describe(failure));
        });
        handle.onProgress(progress::set);
    }

    public void continueToDemo() {
        Session session = demoSession.get();
        if (session != null) {
            demoSession.set(null);
            demoPassphrase.set("");
            navigator.cases(session);
        }
    }

    public ObservableList<Path> recentFolders() {
        return recentFolders;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty demoPassphraseProperty() {
        return demoPassphrase;
    }

    public ObjectProperty<Session> demoSessionProperty() {
        return demoSession;
    }
}
