package org.cairn.ui.coordinator;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.stats.CountingRule;
import org.cairn.stats.Quarter;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Choose quarters and tables, preview with hidden cells marked, export; bundles and keys below. */
public final class CoordinatorView {
    private final CoordinatorViewModel model;
    private final Messages messages;
    private final VBox previewBox = new VBox(12);

    public CoordinatorView(CoordinatorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        ComboBox<Quarter> from = quarterBox("coordinator-from", model.fromProperty());
        ComboBox<Quarter> to = quarterBox("coordinator-to", model.toProperty());
        ComboBox<CountingRule> rule = new ComboBox<>();
        rule.setId("coordinator-rule");
        rule.getItems().setAll(CountingRule.values());
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(CountingRule value) {
                return value == null ? "" : messages.get(CoordinatorViewModel.ruleKey(value));
            }

            @Override
            public CountingRule fromString(String text) {
                return java.util.Arrays.stream(CountingRule.values())
                        .filter(r -> messages.get(CoordinatorViewModel.ruleKey(r)).equals(text)).findFirst().orElse(null);
            }
        });
        HBox period = new HBox(8, new Label(messages.get("coordinator.from")), from,
                new Label(messages.get("coordinator.to")), to, new Label(messages.get("coordinator.rule")), rule);
        period.setAlignment(Pos.CENTER_LEFT);
        CheckBox merged = new CheckBox(messages.get("coordinator.merged"));
        merged.setId("coordinator-merged");
        merged.selectedProperty().bindBidirectional(model.mergedProperty());

        FlowPane tables = new FlowPane(12, 6);
        for (TableChoice choice : model.tables()) {
            CheckBox box = new CheckBox(messages.get(CoordinatorViewModel.tableKey(choice.spec().id())));
            box.selectedProperty().bindBidirectional(choice.selected());
            tables.getChildren().add(box);
        }

        Button preview = Icons.withIcon(new Button(messages.get("coordinator.preview")), Feather.EYE);
        preview.setId("coordinator-preview");
        preview.setOnAction(event -> model.preview());
        Button export = Icons.withIcon(new Button(messages.get("coordinator.export")), Feather.DOWNLOAD);
        export.setId("coordinator-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(event -> model.exportFiles());
        Button back = new Button(messages.get("coordinator.back"));
        back.setId("coordinator-back");
        back.setOnAction(event -> model.back());
        back.setVisible(model.offersBack());
        back.setManaged(model.offersBack());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        for (Button button : new Button[] {preview, export}) {
            button.disableProperty().bind(model.busyProperty());
        }
        HBox actions = new HBox(8, preview, export, progress, back);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("coordinator-status");

        previewBox.setId("coordinator-preview-tables");
        model.previewTables().addListener((ListChangeListener<PreviewTable>) change -> showPreview());

        Label notice = Layouts.message(model.newPeopleProperty(), Styles.WARNING);
        notice.setId("coordinator-new-people");
        model.announceNewPeople();
        VBox page = new VBox(14, notice, Layouts.title(messages.get("coordinator.title")),
                Layouts.text(messages.get("coordinator.intro")), period, merged,
                section(messages.get("coordinator.tables")), tables, actions, status, previewBox, guarantees(),
                bundles());
        page.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node bundles() {
        Button exportBundle = new Button(messages.get("coordinator.bundle.export"));
        exportBundle.setId("coordinator-bundle-export");
        exportBundle.setOnAction(event -> model.exportBundle());
        Button importBundle = new Button(messages.get("coordinator.bundle.import"));
        importBundle.setId("coordinator-bundle-import");
        importBundle.setOnAction(event -> model.importBundle());
        Button exportKey = new Button(messages.get("coordinator.key.export"));
        exportKey.setId("coordinator-key-export");
        exportKey.setOnAction(event -> model.exportKey());
        Button importKey = new Button(messages.get("coordinator.key.import"));
        importKey.setId("coordinator-key-import");
        importKey.setOnAction(event -> model.importKey());
        for (Button button : new Button[] {exportBundle, importBundle, exportKey, importKey}) {
            button.disableProperty().bind(model.busyProperty());
        }
        VBox held = new VBox(4);
        held.setId("coordinator-coverage");
        Runnable fill = () -> held.getChildren().setAll(model.coverage().isEmpty()
                ? java.util.List.of(muted(messages.get("coordinator.coverage.none")))
                : model.coverage().stream().map(line -> (Node) new Label(line)).toList());
        model.coverage().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        FlowPane buttons = new FlowPane(8, 8, exportKey, importKey, exportBundle, importBundle);
        return new VBox(10, section(messages.get("coordinator.bundles")), buttons,
                section(messages.get("coordinator.coverage")), held);
    }

    /** The guarantees table of DISCLOSURE.md, in its words: what holds and what is left, before anything is written. */
    private Node guarantees() {
        VBox rows = new VBox(10, section(messages.get("coordinator.guarantees")),
                Layouts.text(messages.get("coordinator.guarantees.intro")));
        rows.setId("coordinator-guarantees");
        for (Guarantees.Row row : Guarantees.rows(messages)) {
            Label attack = Layouts.text(messages.format("coordinator.guarantees.attack", row.attack()));
            attack.getStyleClass().add(Styles.TEXT_BOLD);
            rows.getChildren().add(new VBox(2, attack,
                    Layouts.text(messages.format("coordinator.guarantees.holds", row.holds())),
                    Layouts.text(messages.format("coordinator.guarantees.left", row.left()))));
        }
        return rows;
    }

    private void showPreview() {
        previewBox.getChildren().clear();
        for (PreviewTable table : model.previewTables()) {
            Label title = new Label(table.title() + " \u2014 " + table.period());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            GridPane grid = new GridPane();
            grid.setHgap(18);
            grid.setVgap(2);
            int row = 0;
            for (PreviewTable.Cell cell : table.cells()) {
                grid.add(new Label(cell.row().isEmpty() ? messages.get("coordinator.preview.total") : cell.row().replace('_', ' ')), 0, row);
                grid.add(new Label(cell.column().replace('_', ' ')), 1, row);
                Label value = new Label(cell.suppressed() ? cell.value() + "  (" + messages.get(
                        "coordinator.suppressed") + ")" : cell.value());
                if (cell.suppressed()) {
                    value.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD, "cairn-suppressed");
                }
                grid.add(value, 2, row);
                row++;
            }
            previewBox.getChildren().add(new VBox(4, title, grid));
        }
    }

    private ComboBox<Quarter> quarterBox(String id, javafx.beans.property.ObjectProperty<Quarter> property) {
        ComboBox<Quarter> box = new ComboBox<>(model.quarters());
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        // "2026 Q1" in English; a translation writes a quarter its own way (the files keep 2026Q1).
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quarter value) {
                return value == null ? "" : messages.format("coordinator.quarter", value.year(), value.quarter());
            }

            @Override
            public Quarter fromString(String text) {
                return model.quarters().stream().filter(q -> toString(q).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
