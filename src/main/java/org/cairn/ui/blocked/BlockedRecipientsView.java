package org.cairn.ui.blocked;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TextColumn;
import org.kordamp.ikonli.feather.Feather;

/** The "Never contact about this client" pane, shown under the people causing harm. */
public final class BlockedRecipientsView {
    private final BlockedRecipientsViewModel model;
    private final Messages messages;

    public BlockedRecipientsView(BlockedRecipientsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node build() {
        Label title = new Label(messages.get("blocked.title"), Icons.icon(Feather.SLASH));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("blocked.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<BlockedRecipient> table = new TableView<>(model.blocked());
        table.setId("blocked-table");
        table.setAccessibleText(messages.get("blocked.title"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.setPlaceholder(new Label(messages.get("blocked.none")));
        table.setPrefHeight(150);
        table.getColumns().add(column("blocked.name", BlockedRecipient::name));
        table.getColumns().add(column("blocked.source", b -> messages.get(b.directoryEntryId() == null
                ? "blocked.source.typed" : "blocked.source.directory")));
        table.getColumns().add(column("blocked.reason", b -> b.reason() == null ? "" : b.reason()));
        table.getColumns().add(column("blocked.added.by", b -> messages.dates().moment(b.addedAt()) + ", "
                + b.addedBy()));
        Button remove = Icons.withIcon(new Button(messages.get("blocked.remove")), Feather.TRASH_2);
        remove.setId("blocked-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(table.getSelectionModel().getSelectedItem()));
        ComboBox<DirectoryEntry> entry = new ComboBox<>(model.entries());
        entry.setId("blocked-entry");
        entry.setPromptText(messages.get("blocked.entry.choose"));
        entry.setAccessibleText(messages.get("blocked.entry.choose"));
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setButtonCell(cell());
        entry.setCellFactory(view -> cell());
        entry.valueProperty().bindBidirectional(model.entryProperty());
        HBox.setHgrow(entry, Priority.ALWAYS);
        TextField name = field("blocked-name", "blocked.name.prompt", model.nameProperty());
        TextField reason = field("blocked-reason", "blocked.reason.prompt", model.reasonProperty());
        Button add = Icons.withIcon(new Button(messages.get("blocked.add")), Feather.SLASH);
        add.setId("blocked-add");
        add.getStyleClass().add(Styles.DANGER);
        add.setOnAction(event -> model.add());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox who = new HBox(8, entry, Layouts.whole(new Label(messages.get("blocked.or"))), name);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox why = new HBox(8, reason, add);
        why.setAlignment(Pos.CENTER_LEFT);
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("blocked-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("blocked-error");
        VBox box = new VBox(8, title, hint, table, remove, status, error, who, why);
        box.setId("blocked-pane");
        box.setPadding(new Insets(16, 0, 0, 0));
        return box;
    }

    private ListCell<DirectoryEntry> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DirectoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.label(item));
                getStyleClass().remove(Styles.DANGER);
                if (!empty && model.isBlocked(item)) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        };
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(key));
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text) {
        return TextColumn.of(messages.get(key), text);
    }
}
