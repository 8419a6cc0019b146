package org.cairn.ui.unlock;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PasswordFields;
import org.kordamp.ikonli.feather.Feather;

/** Choosing a new passphrase after the recovery key was used. */
public final class NewPassphraseView {
    private final NewPassphraseViewModel model;
    private final Messages messages;
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();

    public NewPassphraseView(NewPassphraseViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        first.setId("replacement-passphrase");
        second.setId("replacement-repeat");
        first.lengthProperty().addListener((o, was, now) -> update());
        second.lengthProperty().addListener((o, was, now) -> update());
        Label firstLabel = new Label(messages.get("create.passphrase"));
        firstLabel.setLabelFor(first);
        Label secondLabel = new Label(messages.get("create.repeat"));
        secondLabel.setLabelFor(second);
        Button save = Icons.withIcon(new Button(messages.get("newPassphrase.save")), Feather.KEY);
        save.setId("replacement-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.acceptableProperty().not().or(model.busyProperty()));
        save.setOnAction(event -> model.save(PasswordFields.take(first), PasswordFields.take(second)));
        VBox fields = new VBox(6, firstLabel, PassphraseBox.wrap(first, messages),
                Layouts.message(model.strengthProperty(), Styles.TEXT_MUTED), secondLabel, PassphraseBox.wrap(second, messages), Layouts.message(model.validationProperty(), Styles.DANGER));
        return Layouts.card(Layouts.title(messages.get("newPassphrase.title")),
                Layouts.text(messages.get("newPassphrase.lead")), fields,
                Layouts.message(model.errorProperty(), Styles.DANGER), save);
    }

    private void update() {
        char[] a = PasswordFields.read(first);
        char[] b = PasswordFields.read(second);
        model.update(a, b);
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
    }
}
