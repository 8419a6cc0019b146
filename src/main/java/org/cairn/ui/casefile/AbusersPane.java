package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cairn.casebook.Abuser;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The people causing harm: who they are, so that nothing is ever sent to them or where they live. */
final class AbusersPane {
    private final AbusersModel model;
    private final Messages messages;

    AbusersPane(AbusersModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        TableView<Abuser> table = new TableView<>(model.abusers());
        table.setId("casefile-abusers");
        table.setAccessibleText(messages.get("casefile.abusers"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.setPlaceholder(new Label(messages.get("casefile.abuser.none")));
        // Room for the "Never contact" pane below it on a small laptop screen.
        table.setPrefHeight(180);
        table.getColumns().add(column("casefile.abuser.name", Abuser::name));
        table.getColumns().add(column("casefile.abuser.relationship", Abuser::relationship));
        table.getColumns().add(column("casefile.abuser.address", Abuser::address));
        Button remove = Icons.withIcon(new Button(messages.get("casefile.abuser.remove")), Feather.TRASH_2);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(table.getSelectionModel().getSelectedItem()));
        TextField name = field("casefile.abuser.name", model.nameProperty());
        name.setId("abuser-name");
        TextField relationship = field("casefile.abuser.relationship", model.relationshipProperty());
        TextField address = field("casefile.abuser.address", model.addressProperty());
        Button add = Icons.withIcon(new Button(messages.get("casefile.abuser.add")), Feather.PLUS);
        add.setId("abuser-add");
        add.setOnAction(event -> model.add());
        HBox addRow = new HBox(8, name, relationship, address, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("casefile.abuser.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, hint, table, remove, Layouts.message(model.errorProperty(), Styles.DANGER), addRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private TextField field(String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setPromptText(messages.get(key));
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private TableColumn<Abuser, String> column(String key, java.util.function.Function<Abuser, String> text) {
        TableColumn<Abuser, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
