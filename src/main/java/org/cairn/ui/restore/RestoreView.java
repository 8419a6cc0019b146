package org.cairn.ui.restore;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PasswordFields;
import org.kordamp.ikonli.feather.Feather;

/** Restore…: the backup file, the folder and the passphrase, then the restore with a spinner. */
public final class RestoreView {
    private final RestoreViewModel model;
    private final Messages messages;
    private final PasswordField passphrase = new PasswordField();

    public RestoreView(RestoreViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Node backup = chooser("restore-backup", "restore.backup", "restore.backup.none", Feather.FILE,
                model.backupProperty(), model::chooseBackup);
        Node folder = chooser("restore-folder", "restore.folder", "restore.folder.none", Feather.FOLDER,
                model.folderProperty(), model::chooseFolder);
        passphrase.setId("restore-passphrase");
        Label passphraseLabel = new Label(messages.get("restore.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        passphraseLabel.setMnemonicParsing(true);
        Label hint = Layouts.text(messages.get("restore.passphrase.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("restore-error");
        Button restore = Icons.withIcon(new Button(messages.get("restore.submit")), Feather.ROTATE_CCW);
        restore.setId("restore-submit");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.setDefaultButton(true);
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(event -> model.restore(PasswordFields.take(passphrase)));
        Button back = new Button(messages.get("common.back"));
        back.setId("restore-back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(event -> model.back());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(model.busyProperty());
        Label working = Layouts.text(messages.get("restore.working"));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox buttons = new HBox(12, restore, back, spinner, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox fields = new VBox(12, backup, folder, new VBox(6, passphraseLabel, PassphraseBox.wrap(passphrase, messages), hint));
        fields.disableProperty().bind(model.busyProperty());
        return Layouts.card(Layouts.title(messages.get("restore.title")), Layouts.text(messages.get("restore.lead")),
                fields, error, buttons);
    }

    /** A labelled line: the chosen path (or "none chosen yet") and a Choose… button. */
    private Node chooser(String id, String labelKey, String noneKey, Feather icon, ObjectProperty<Path> chosen,
            Runnable choose) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        Label value = new Label();
        value.setId(id + "-chosen");
        value.setWrapText(true);
        value.textProperty().bind(Bindings.createStringBinding(
                () -> chosen.get() == null ? messages.get(noneKey) : chosen.get().toString(), chosen));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button button = Icons.withIcon(new Button(messages.get("restore.choose")), icon);
        button.setId(id);
        button.setAccessibleText(messages.get(labelKey));
        button.setOnAction(event -> choose.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(button);
        HBox row = new HBox(12, button, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, label, row);
    }
}
