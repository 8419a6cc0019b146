package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cairn.casebook.Rectification;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Her corrections: the list, with the earlier and corrected values, and a row to record a new one. */
final class CorrectionsPane {
    private final CorrectionsModel model;
    private final Messages messages;

    CorrectionsPane(CorrectionsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        TableView<Rectification> table = new TableView<>(model.corrections());
        table.setId("casefile-corrections");
        table.setAccessibleText(messages.get("casefile.corrections"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.setPlaceholder(new Label(messages.get("casefile.correction.none")));
        table.getColumns().add(column("casefile.correction.what", r -> model.describeField(r.field())));
        table.getColumns().add(column("casefile.correction.asked", r -> messages.dates().day(r.requestedOn())));
        table.getColumns().add(column("casefile.correction.earlier", Rectification::earlierValue));
        table.getColumns().add(column("casefile.correction.corrected", Rectification::correctedValue));
        table.getColumns().add(column("casefile.correction.by", Rectification::recordedBy));
        ComboBox<CorrectionsModel.Target> what = new ComboBox<>(model.targets());
        what.setId("correction-target");
        what.setPromptText(messages.get("casefile.correction.what"));
        what.setAccessibleText(messages.get("casefile.correction.what"));
        what.valueProperty().bindBidirectional(model.targetProperty());
        what.setButtonCell(cell());
        what.setCellFactory(list -> cell());
        TextField value = new TextField();
        value.setId("correction-value");
        value.setPromptText(messages.get("casefile.correction.value"));
        value.setAccessibleText(messages.get("casefile.correction.value"));
        value.textProperty().bindBidirectional(model.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        DatePicker asked = new DatePicker();
        asked.setPromptText(messages.get("casefile.correction.askedPrompt"));
        asked.setAccessibleText(messages.get("casefile.correction.asked"));
        asked.valueProperty().bindBidirectional(model.requestedOnProperty());
        Button record = Icons.withIcon(new Button(messages.get("casefile.correction.record")), Feather.EDIT_3);
        record.setId("correction-record");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(event -> model.record());
        HBox addRow = new HBox(8, what, value, asked, record);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("casefile.correction.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, hint, table, addRow, Layouts.message(model.errorProperty(), Styles.DANGER),
                Layouts.message(model.statusProperty(), Styles.SUCCESS));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private ListCell<CorrectionsModel.Target> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CorrectionsModel.Target item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        };
    }

    private TableColumn<Rectification, String> column(String key,
            java.util.function.Function<Rectification, String> text) {
        TableColumn<Rectification, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
