package org.cairn.ui.templates;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateKind;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The template library: a table of every template with import, export and duplicate-to-edit buttons. */
public final class TemplatesView {
    private final TemplatesViewModel model;
    private final Messages messages;

    public TemplatesView(TemplatesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("templates.back")), Feather.ARROW_LEFT);
        back.setId("templates-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label(messages.get("templates.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(messages.get("templates.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(16, back, new VBox(2, title, intro));
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<LibraryTemplate> table = table();
        Button importButton = Icons.withIcon(new Button(messages.get("templates.import")), Feather.DOWNLOAD);
        importButton.setId("templates-import");
        importButton.setOnAction(event -> model.importFile());
        Button export = Icons.withIcon(new Button(messages.get("templates.export")), Feather.UPLOAD);
        export.setId("templates-export");
        export.disableProperty().bind(model.selectedProperty().isNull());
        export.setOnAction(event -> model.export());
        Button duplicate = Icons.withIcon(new Button(messages.get("templates.duplicate")), Feather.COPY);
        duplicate.setId("templates-duplicate");
        duplicate.disableProperty().bind(model.selectedProperty().isNull());
        duplicate.setOnAction(event -> model.duplicate());
        HBox actions = new HBox(8, importButton, export, duplicate);
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("templates-status");
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(new VBox(8, actions, status));
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        model.load();
        return root;
    }

    private TableView<LibraryTemplate> table() {
        TableView<LibraryTemplate> table = new TableView<>(model.rows());
        table.setId("templates-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getColumns().add(column("templates.column.title", t -> t.header().title()));
        table.getColumns().get(0).setPrefWidth(380);
        table.getColumns().add(column("templates.column.kind", t -> kind(t.header().kind())));
        table.getColumns().add(column("templates.column.version", t -> Integer.toString(t.header().version())));
        table.getColumns().add(column("templates.column.language", t -> t.header().language()));
        table.getColumns().add(column("templates.column.checked", t -> t.header().lastChecked().toString()));
        table.getColumns().add(column("templates.column.origin", t -> messages.get(t.builtIn()
                ? "templates.origin.builtIn" : "templates.origin.organisation")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        return table;
    }

    private String kind(TemplateKind kind) {
        return messages.get(switch (kind) {
            case SAFETY_PLAN -> "templates.kind.safetyPlan";
            case RISK_CHECKLIST -> "templates.kind.riskChecklist";
            case REFERRAL -> "templates.kind.referral";
            case LETTER -> "templates.kind.letter";
        });
    }

    private TableColumn<LibraryTemplate, String> column(String key, Function<LibraryTemplate, String> text) {
        // A value cut short at large text is whole in its cell's tooltip.
        return org.cairn.ui.common.TextColumn.of(messages.get(key), text);
    }
}
