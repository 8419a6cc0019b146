package org.cairn.ui.unlock;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PasswordFields;
import org.kordamp.ikonli.feather.Feather;

/** The unlock screen. Caps Lock is checked on every key press where the platform can tell. */
public final class UnlockView {
    private final UnlockViewModel model;
    private final Messages messages;
    private final PasswordField secret = new PasswordField();

    public UnlockView(UnlockViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        secret.setId("unlock-secret");
        // The passphrase gets the keyboard; the name above it is only needed when several people share the casebook.
        org.cairn.ui.common.ScreenFocus.first(secret);
        TextField person = new TextField();
        person.setId("unlock-name");
        person.textProperty().bindBidirectional(model.nameProperty());
        person.setPromptText(messages.get("unlock.name.prompt"));
        Label personLabel = new Label(messages.get("unlock.name"));
        personLabel.setLabelFor(person);
        // The name is for a passphrase; the recovery key belongs to the casebook, not to a person.
        VBox personBox = new VBox(6, personLabel, person);
        personBox.visibleProperty().bind(model.useRecoveryKeyProperty().not());
        personBox.managedProperty().bind(personBox.visibleProperty());
        Label label = new Label();
        label.textProperty().bind(Bindings.when(model.useRecoveryKeyProperty())
                .then(messages.get("unlock.recoveryKey")).otherwise(messages.get("unlock.passphrase")));
        label.setLabelFor(secret);
        secret.addEventFilter(KeyEvent.KEY_RELEASED, event -> model.capsLockProperty().set(capsLockOn()));
        secret.focusedProperty().addListener((o, was, now) -> model.capsLockProperty().set(capsLockOn()));
        Label caps = Layouts.text(messages.get("unlock.capsLock"));
        caps.getStyleClass().add(Styles.WARNING);
        caps.visibleProperty().bind(model.capsLockProperty());
        caps.managedProperty().bind(caps.visibleProperty());
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("unlock-error");
        Button unlock = Icons.withIcon(new Button(messages.get("unlock.submit")), Feather.UNLOCK);
        unlock.setId("unlock-submit");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty());
        unlock.setOnAction(event -> model.unlock(PasswordFields.take(secret)));
        Button back = new Button(messages.get("common.back"));
        back.setId("casebook-back-to-welcome");
        back.setOnAction(event -> model.back());
        back.disableProperty().bind(model.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(12, unlock, back, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Hyperlink useKey = new Hyperlink();
        useKey.textProperty().bind(Bindings.when(model.useRecoveryKeyProperty())
                .then(messages.get("unlock.usePassphrase")).otherwise(messages.get("unlock.useRecoveryKey")));
        useKey.setOnAction(event -> {
            model.useRecoveryKeyProperty().set(!model.useRecoveryKeyProperty().get());
            secret.clear();
            secret.requestFocus();
        });
        OlderCopyDialog olderCopy = new OlderCopyDialog(model, messages);
        model.olderCopyProperty().addListener((o, was, now) -> {
            if (now) {
                olderCopy.show(secret.getScene() == null ? null : secret.getScene().getWindow());
            }
        });
        Platform.runLater(secret::requestFocus);
        return Layouts.card(Layouts.title(messages.get("unlock.title")),
                Layouts.text(messages.format("unlock.lead", model.folder().toString())),
                personBox, new VBox(6, label, PassphraseBox.wrap(secret, messages, false), caps), error, restoreBox(), buttons, useKey);
    }

    private VBox restoreBox() {
        Label explain = Layouts.text(messages.get("unlock.restore.explain"));
        Button restore = Icons.withIcon(new Button(messages.get("unlock.restore")), Feather.ROTATE_CCW);
        restore.setId("unlock-restore");
        restore.setOnAction(event -> model.restoreFromBackup(PasswordFields.take(secret)));
        VBox box = new VBox(8, explain, restore);
        box.visibleProperty().bind(model.damagedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static boolean capsLockOn() {
        try {
            return Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return false;
        }
    }
}
