package org.cairn.ui.directory;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.ui.common.FocusInView;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The service directory screen: search on the left, the selected or new entry on the right. */
public final class DirectoryView {
    private final DirectoryViewModel model;
    private final Messages messages;

    public DirectoryView(DirectoryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("directory.back")), Feather.ARROW_LEFT);
        back.setId("directory-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Label heading = Layouts.title(messages.get("directory.title"));
        Button importButton = Icons.withIcon(new Button(messages.get("directory.import")), Feather.DOWNLOAD);
        importButton.setId("directory-import");
        importButton.setOnAction(event -> model.importFile());
        Button exportButton = Icons.withIcon(new Button(messages.get("directory.export")), Feather.UPLOAD);
        exportButton.setId("directory-export");
        exportButton.setOnAction(event -> model.exportFile());
        HBox top = new HBox(16, back, heading, importButton, exportButton);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("directory-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("directory-error");
        HBox body = new HBox(24, searchPane(), formScroll());
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        BorderPane root = new BorderPane(body);
        root.setTop(new VBox(12, top, status, error));
        BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        model.search();
        return root;
    }

    private VBox searchPane() {
        TextField name = field("directory-search-name", "directory.search.name", model.searchNameProperty());
        TextField service = field("directory-search-service", "directory.search.service",
                model.searchServiceProperty());
        TextField language = field("directory-search-language", "directory.search.language",
                model.searchLanguageProperty());
        TextField area = field("directory-search-area", "directory.search.area", model.searchAreaProperty());
        for (TextField f : new TextField[] {name, service, language, area}) {
            f.textProperty().addListener((o, was, now) -> model.search());
        }
        ListView<DirectoryEntry> list = new ListView<>(model.entries());
        list.setId("directory-entries");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DirectoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : messages.format("directory.entry", entry.name(),
                        kindLabel(entry.kind()), String.join(", ", entry.details().services())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.edit(now));
        list.setPlaceholder(new Label(messages.get("directory.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, name, service), new HBox(8, language, area), list);
        box.setMinWidth(360);
        return box;
    }

    /**
     * The form scrolls on its own when the window is too low for it (large text on a laptop screen), following the
     * keyboard, and keeps its natural width: the search list beside it gives up room first, so no label is cut.
     */
    private ScrollPane formScroll() {
        ScrollPane scroll = new ScrollPane(form());
        scroll.setId("directory-form-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        // A scroll bar shown only as needed is left out of the pane's width, and would cover the fields' right edge
        // when it appears; one always there is counted.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        return FocusInView.follow(scroll);
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        ComboBox<RecipientKind> kind = new ComboBox<>();
        kind.setId("directory-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        Layouts.whole(kind);
        kind.getItems().setAll(RecipientKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecipientKind value) {
                return value == null ? "" : kindLabel(value);
            }

            @Override
            public RecipientKind fromString(String text) {
                return null;
            }
        });
        int row = 0;
        grid.addRow(row++, label("directory.field.name"), field("directory-name", null, model.nameProperty()));
        grid.addRow(row++, label("directory.field.kind"), kind);
        grid.addRow(row++, label("directory.field.services"),
                field("directory-services", "directory.field.list", model.servicesProperty()));
        grid.addRow(row++, label("directory.field.languages"),
                field("directory-languages", "directory.field.list", model.languagesProperty()));
        grid.addRow(row++, label("directory.field.areas"),
                field("directory-areas", "directory.field.list", model.areasProperty()));
        grid.addRow(row++, label("directory.field.howToRefer"),
                field("directory-how", null, model.howToReferProperty()));
        grid.addRow(row++, label("directory.field.phone"), field("directory-phone", null, model.phoneProperty()));
        grid.addRow(row++, label("directory.field.email"), field("directory-email", null, model.emailProperty()));
        grid.addRow(row++, label("directory.field.address"),
                field("directory-address", null, model.addressProperty()));
        grid.addRow(row, label("directory.field.lastChecked"),
                field("directory-last-checked", "directory.field.date", model.lastCheckedProperty()));
        Button save = Icons.withIcon(new Button(messages.get("directory.save")), Feather.CHECK);
        save.setId("directory-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> model.save());
        Button add = Icons.withIcon(new Button(messages.get("directory.new")), Feather.PLUS);
        add.setId("directory-new");
        add.setOnAction(event -> model.newEntry());
        Button archive = Icons.withIcon(new Button(messages.get("directory.archive")), Feather.ARCHIVE);
        archive.setId("directory-archive");
        archive.disableProperty().bind(model.editingProperty().isNull());
        archive.setOnAction(event -> model.archive());
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then(messages.get("directory.form.new")).otherwise(messages.get("directory.form.edit")));
        VBox box = new VBox(10, title, grid, Layouts.flow(8, save, add, archive));
        box.setMinWidth(440);
        box.setPadding(new Insets(0, 4, 4, 0));
        return box;
    }

    private Label label(String key) {
        return Layouts.whole(new Label(messages.get(key)));
    }

    private TextField field(String id, String promptKey, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        if (promptKey != null) {
            field.setPromptText(messages.get(promptKey));
            field.setAccessibleText(messages.get(promptKey));
        }
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private String kindLabel(RecipientKind kind) {
        return KindLabels.label(messages, kind);
    }
}
