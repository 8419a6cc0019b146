package org.cairn.ui.people;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.NewPassphraseRating;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;

/**
 * "Change my passphrase", open to every role: the current passphrase, then the new one twice, rated as at
 * creation. Every array handed in is wiped, whatever the outcome.
 */
public final class OwnPassphraseModel {
    private final Session session;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final KdfPolicy kdfPolicy;
    private final NewPassphraseRating rating;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");

    public OwnPassphraseModel(Session session, Messages messages, TaskRunner tasks, ErrorMessages errors,
            KdfPolicy kdfPolicy) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.kdfPolicy = Objects.requireNonNull(kdfPolicy);
        this.rating = new NewPassphraseRating(messages, new PassphraseEstimator());
    }

    /** Re-rates the new passphrase as it is typed; the caller keeps and wipes both arrays. */
    public void update(char[] first, char[] second) {
        rating.update(first, second);
    }

    /** Takes ownership of all three arrays and wipes them. */
    public void change(char[] current, char[] first, char[] second) {
        if (busy.get()) {
            wipe(current, first, second);
            return;
        }
        done.set("");
        if (current.length == 0) {
            wipe(current, first, second);
            error.set(messages.get("people.own.currentMissing"));
            return;
        }
        if (!rating.acceptOrWipe(first, second)) {
            wipe(current, first, second);
            error.set(rating.refusal());
            return;
        }
        error.set("");
        busy.set(true);
        tasks.run(progress -> {
            try (Passphrase old = Passphrase.adopt(current); Passphrase fresh = Passphrase.adopt(first)) {
                session.casework().people().changeOwnPassphrase(old, fresh, kdfPolicy);
            }
            return Boolean.TRUE;
        }, changed -> {
            busy.set(false);
            rating.update(new char[0], new char[0]);
            done.set(messages.get("people.own.changed"));
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    private static void wipe(char[]... arrays) {
        for (char[] array : arrays) {
            Arrays.fill(array, '\0');
        }
    }

    public NewPassphraseRating rating() {
        return rating;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Why the change was refused or failed; empty otherwise. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Says the passphrase was changed; empty otherwise. */
    public StringProperty doneProperty() {
        return done;
    }
}
