package org.cairn.ui.unlock;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.ui.common.NewPassphraseRating;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.Passphrase;

/** After the recovery key opened the casebook: a new passphrase, typed twice, replaces the forgotten one. */
public final class NewPassphraseViewModel {
    private final Session session;
    private final Navigator navigator;
    private final CasebookGateway gateway;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final NewPassphraseRating rating;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public NewPassphraseViewModel(Session session, Messages messages, Navigator navigator, CasebookGateway gateway,
            TaskRunner tasks, ErrorMessages errors) {
        this.session = Objects.requireNonNull(session);
        this.navigator = Objects.requireNonNull(navigator);
        this.gateway = Objects.requireNonNull(gateway);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.rating = new NewPassphraseRating(Objects.requireNonNull(messages), new PassphraseEstimator());
    }

    /** Re-rates what is typed; the caller keeps and wipes both arrays. */
    public void update(char[] first, char[] second) {
        rating.update(first, second);
    }

    /** Takes ownership of {@code first} and wipes {@code second}. */
    public void save(char[] first, char[] second) {
        if (!rating.acceptOrWipe(first, second) || busy.get()) {
            Arrays.fill(first, '\0');
            error.set(rating.refusal());
            return;
        }
        busy.set(true);
        error.set("");
        tasks.run(progress -> {
            try (Passphrase passphrase = Passphrase.adopt(first)) {
                gateway.changePassphrase(session, passphrase);
                return session;
            }
        }, done -> {
            busy.set(false);
            navigator.home(done);
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    public StringProperty strengthProperty() {
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
