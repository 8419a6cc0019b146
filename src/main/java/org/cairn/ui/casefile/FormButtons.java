package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Save and Cancel under a form, live only while the form holds changes, with the form's problem above them. */
final class FormButtons {
    private FormButtons() {
    }

    static Node build(Messages messages, String idPrefix, BooleanProperty changed, ObservableStringValue problem,
            Runnable save, Runnable cancel) {
        Button saveButton = Icons.withIcon(new Button(messages.get("casefile.form.save")), Feather.CHECK);
        saveButton.setId(idPrefix + "-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(changed.not());
        saveButton.setOnAction(event -> save.run());
        Button cancelButton = new Button(messages.get("casefile.form.cancel"));
        cancelButton.setId(idPrefix + "-cancel");
        cancelButton.disableProperty().bind(changed.not());
        cancelButton.setOnAction(event -> cancel.run());
        var unsaved = Layouts.message(javafx.beans.binding.Bindings.when(changed)
                .then(messages.get("casefile.form.unsaved")).otherwise(""), Styles.WARNING);
        HBox row = new HBox(8, saveButton, cancelButton, unsaved);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, Layouts.message(problem, Styles.DANGER), row);
    }
}
