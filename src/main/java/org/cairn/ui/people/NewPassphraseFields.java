package org.cairn.ui.people;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.NewPassphraseRating;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PassphraseStrength;
import org.cairn.ui.common.PasswordFields;

/**
 * A new passphrase typed twice, as the create screen shows it: Show/Hide, the Caps Lock warning, the strength
 * meter and its words, and the mismatch line. What is typed is read into arrays that are wiped after rating.
 */
final class NewPassphraseFields {
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();
    private final VBox box;

    NewPassphraseFields(String id, String firstKey, String secondKey, NewPassphraseRating rating,
            BiConsumer<char[], char[]> update, Messages messages) {
        first.setId(id);
        second.setId(id + "-repeat");
        Runnable rate = () -> {
            char[] a = PasswordFields.read(first);
            char[] b = PasswordFields.read(second);
            update.accept(a, b);
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
        };
        first.lengthProperty().addListener((o, was, now) -> rate.run());
        second.lengthProperty().addListener((o, was, now) -> rate.run());
        ProgressBar meter = new ProgressBar();
        meter.setId(id + "-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(rating.meterProperty());
        meter.setAccessibleText(messages.get("create.strength"));
        rating.strengthProperty().addListener((o, was, now) -> style(meter, now));
        Label strength = Layouts.message(rating.strengthTextProperty(), "cairn-strength");
        strength.setId(id + "-strength");
        Label mismatch = Layouts.message(rating.validationProperty(), Styles.WARNING);
        box = new VBox(6, label(firstKey, first, messages), PassphraseBox.wrap(first, messages), meter, strength,
                label(secondKey, second, messages), PassphraseBox.wrap(second, messages), mismatch);
    }

    VBox node() {
        return box;
    }

    /** Both entries, emptied from the fields; the caller owns and wipes the arrays. */
    char[][] take() {
        return new char[][] {PasswordFields.take(first), PasswordFields.take(second)};
    }

    static Label label(String key, javafx.scene.control.Control field, Messages messages) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setWrapText(true);
        return label;
    }

    private static void style(ProgressBar meter, PassphraseStrength strength) {
        meter.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
        switch (strength) {
            case TOO_SHORT, WEAK -> meter.getStyleClass().add(Styles.DANGER);
            case FAIR -> meter.getStyleClass().add(Styles.WARNING);
            case STRONG -> meter.getStyleClass().add(Styles.SUCCESS);
            default -> { }
        }
    }
}
