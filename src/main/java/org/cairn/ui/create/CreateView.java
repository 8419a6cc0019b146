package org.cairn.ui.create;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseStrength;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PasswordFields;
import org.kordamp.ikonli.feather.Feather;

/** Two passphrase fields, a strength meter and the create button. */
public final class CreateView {
    private final CreateViewModel model;
    private final Messages messages;
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();

    public CreateView(CreateViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        first.setId("new-passphrase");
        second.setId("repeat-passphrase");
        first.lengthProperty().addListener((o, was, now) -> update());
        second.lengthProperty().addListener((o, was, now) -> update());
        Label firstLabel = label("create.passphrase", first);
        Label secondLabel = label("create.repeat", second);
        ProgressBar meter = new ProgressBar();
        meter.setId("strength-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(model.meterProperty());
        meter.setAccessibleText(messages.get("create.strength"));
        model.strengthProperty().addListener((o, was, now) -> style(meter, now));
        Label strength = Layouts.message(model.strengthTextProperty(), "cairn-strength");
        strength.setId("strength-text");
        Label advice = Layouts.text(messages.get("create.advice"));
        advice.getStyleClass().add(Styles.TEXT_MUTED);
        Label mismatch = Layouts.message(model.validationProperty(), Styles.WARNING);
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("create-error");
        Button create = Icons.withIcon(new Button(messages.get("create.submit")), Feather.LOCK);
        create.setId("create-submit");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(model.acceptableProperty().not().or(model.busyProperty()));
        create.setOnAction(event -> submit());
        Button back = new Button(messages.get("common.back"));
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(event -> model.cancel());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(model.busyProperty());
        Label working = Layouts.text(messages.get("create.working"));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        create.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(12, create, back, spinner, working);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox fields = new VBox(6, firstLabel, PassphraseBox.wrap(first, messages), meter, strength, advice, secondLabel,
                PassphraseBox.wrap(second, messages), mismatch);
        fields.disableProperty().bind(model.busyProperty());
        return Layouts.card(Layouts.title(messages.get("create.title")),
                Layouts.text(messages.format("create.lead", model.folder().toString())), fields, error, buttons);
    }

    private Label label(String key, PasswordField field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private void update() {
        char[] a = PasswordFields.read(first);
        char[] b = PasswordFields.read(second);
        model.update(a, b);
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
    }

    private void submit() {
        char[] a = PasswordFields.take(first);
        char[] b = PasswordFields.take(second);
        model.create(a, b);
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
