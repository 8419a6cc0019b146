package org.cairn.ui.common;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A passphrase field as every screen shows it: a Show/Hide switch (a plain field over the same text, so what is
 * read and wiped is still the password field) and a Caps Lock warning while the field has focus.
 */
public final class PassphraseBox {
    private PassphraseBox() {
    }

    public static Node wrap(PasswordField field, Messages messages) {
        return wrap(field, messages, true);
    }

    /** {@code capsWarning} false: the screen shows its own Caps Lock line. */
    public static Node wrap(PasswordField field, Messages messages, boolean capsWarning) {
        TextField plain = new TextField();
        plain.setId(field.getId() == null ? null : field.getId() + "-shown");
        plain.textProperty().bindBidirectional(field.textProperty());
        plain.promptTextProperty().bind(field.promptTextProperty());
        plain.setAccessibleText(field.getAccessibleText());
        ToggleButton show = new ToggleButton(messages.get("passphrase.show"), Icons.icon(Feather.EYE));
        show.setId(field.getId() == null ? null : field.getId() + "-show");
        show.setFocusTraversable(true);
        show.textProperty().bind(javafx.beans.binding.Bindings.when(show.selectedProperty())
                .then(messages.get("passphrase.hide")).otherwise(messages.get("passphrase.show")));
        show.setAccessibleHelp(messages.get("passphrase.show.help"));
        plain.visibleProperty().bind(show.selectedProperty());
        field.visibleProperty().bind(show.selectedProperty().not());
        show.selectedProperty().addListener((o, was, now) -> {
            boolean hadFocus = field.isFocused() || plain.isFocused();
            if (hadFocus) {
                (now ? plain : field).requestFocus();
                (now ? plain : field).end();
            }
        });
        field.disableProperty().addListener((o, was, now) -> plain.setDisable(now));
        StackPane both = new StackPane(field, plain);
        HBox.setHgrow(both, Priority.ALWAYS);
        HBox line = new HBox(8, both, show);
        line.setAlignment(Pos.CENTER_LEFT);
        if (!capsWarning) {
            return line;
        }
        BooleanProperty caps = new SimpleBooleanProperty();
        for (javafx.scene.control.TextInputControl input : new javafx.scene.control.TextInputControl[] {field, plain}) {
            input.addEventFilter(KeyEvent.KEY_RELEASED, event -> caps.set(input.isFocused() && capsLockOn()));
            input.focusedProperty().addListener((o, was, now) -> caps.set(now && capsLockOn()));
        }
        Label warning = Layouts.text(messages.get("unlock.capsLock"));
        warning.setId(field.getId() == null ? null : field.getId() + "-caps");
        warning.getStyleClass().add(Styles.WARNING);
        warning.visibleProperty().bind(caps);
        warning.managedProperty().bind(caps);
        return new VBox(4, line, warning);
    }

    /** Whether Caps Lock is on; false where the platform cannot tell (the headless test platform). */
    public static boolean capsLockOn() {
        try {
            return Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return false;
        }
    }
}
