package org.cairn.ui.create;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseStrength;
import org.cairn.ui.common.Navigator;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.ui.common.NewPassphraseRating;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.Passphrase;

/** Journey 2: a new passphrase typed twice, rated and validated here, then the slow key derivation. */
public final class CreateViewModel {
    private final Path folder;
    private final Navigator navigator;
    private final CasebookGateway gateway;
    private final TaskRunner tasks;
    private final RecentCasebooks recent;
    private final ErrorMessages errors;
    private final NewPassphraseRating rating;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public CreateViewModel(Path folder, Messages messages, Navigator navigator, CasebookGateway gateway,
            TaskRunner tasks, RecentCasebooks recent, ErrorMessages errors) {
        this.folder = Objects.requireNonNull(folder);
        this.navigator = Objects.requireNonNull(navigator);
        this.gateway = Objects.requireNonNull(gateway);
        this.tasks = Objects.requireNonNull(tasks);
        this.recent = Objects.requireNonNull(recent);
        this.errors = Objects.requireNonNull(errors);
        this.rating = new NewPassphraseRating(Objects.requireNonNull(messages), new PassphraseEstimator());
    }

    /** Re-rates what is typed. The caller keeps and wipes both arrays. */
    public void update(char[] first, char[] second) {
        rating.update(first, second);
    }

    /** Takes ownership of {@code first} and wipes {@code second}. */
    public void create(char[] first, char[] second) {
        if (!rating.acceptOrWipe(first, second) || busy.get()) {
            Arrays.fill(first, '\0');
            error.set(rating.refusal());
            return;
        }
        error.set("");
        busy.set(true);
        tasks.run(progress -> {
            CasebookGateway.Created created;
            try (Passphrase passphrase = Passphrase.adopt(first)) {
                created = gateway.create(folder, passphrase);
            }
            char[] key = created.recoveryKey().format();
            created.recoveryKey().close();
            // Kept in the casebook until confirmed, so that a lock or a crash before then cannot lose it.
            try {
                created.session().casework().upkeep().keepPendingRecoveryKey(key);
            } catch (RuntimeException e) {
                // The casebook exists and the key is still shown now; only showing it again after a lock is lost.
            }
            return new Made(created.session(), key);
        }, made -> {
            busy.set(false);
            recent.remember(folder);
            navigator.recoveryKey(made.session(), made.key());
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    private record Made(org.cairn.ui.common.Session session, char[] key) {
    }

    public void cancel() {
        navigator.welcome();
    }

    public Path folder() {
        return folder;
    }

    public ObjectProperty<PassphraseStrength> strengthProperty() {
        return rating.strengthProperty();
    }

    public DoubleProperty meterProperty() {
        return rating.meterProperty();
    }

    public StringProperty strengthTextProperty() {
        return rating.strengthTextProperty();
    }

    public StringProperty validationProperty() {
        return rating.validationProperty();
    }

    public BooleanProperty acceptableProperty() {
        return rating.acceptableProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
