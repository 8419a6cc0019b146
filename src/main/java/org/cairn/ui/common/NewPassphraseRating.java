package org.cairn.ui.common;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.vault.Passphrase;

/**
 * A new passphrase typed twice, as every screen that sets one rates it: strength, meter, mismatch, and whether it
 * may be used. Shared so that creating a casebook and replacing a forgotten passphrase apply the same rules.
 */
public final class NewPassphraseRating {
    private final Messages messages;
    private final ObjectProperty<PassphraseStrength> strength = new SimpleObjectProperty<>(PassphraseStrength.EMPTY);
    private final DoubleProperty meter = new SimpleDoubleProperty();
    private final StringProperty strengthText = new SimpleStringProperty("");
    private final StringProperty validation = new SimpleStringProperty("");
    private final BooleanProperty acceptable = new SimpleBooleanProperty();

    public NewPassphraseRating(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Re-rates what is typed. The caller keeps and wipes both arrays. */
    public void update(char[] first, char[] second) {
        PassphraseStrength rated = PassphraseStrength.rate(first);
        strength.set(rated);
        meter.set(PassphraseStrength.meter(first));
        strengthText.set(switch (rated) {
            case EMPTY -> "";
            case TOO_SHORT -> messages.format("create.strength.tooShort", Passphrase.MINIMUM_LENGTH);
            case WEAK -> messages.get("create.strength.weak");
            case FAIR -> messages.get("create.strength.fair");
            case STRONG -> messages.get("create.strength.strong");
        });
        boolean same = Arrays.equals(first, second);
        validation.set(second.length > 0 && !same ? messages.get("create.mismatch") : "");
        acceptable.set(rated.compareTo(PassphraseStrength.WEAK) >= 0 && same);
    }

    public boolean isAcceptable() {
        return acceptable.get();
    }

    public ObjectProperty<PassphraseStrength> strengthProperty() {
        return strength;
    }

    public DoubleProperty meterProperty() {
        return meter;
    }

    public StringProperty strengthTextProperty() {
        return strengthText;
    }

    public StringProperty validationProperty() {
        return validation;
    }

    public BooleanProperty acceptableProperty() {
        return acceptable;
    }
}
