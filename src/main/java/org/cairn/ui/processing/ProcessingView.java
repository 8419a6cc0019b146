package org.cairn.ui.processing;

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
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TextColumn;
import org.kordamp.ikonli.feather.Feather;

/** The records of processing: one read-only table, and a CSV export. */
public final class ProcessingView {
    private final ProcessingViewModel model;
    private final Messages messages;

    public ProcessingView(ProcessingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("processing.back")), Feather.ARROW_LEFT);
        back.setId("processing-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Layouts.whole(back);
        Label title = new Label(messages.get("processing.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(messages.get("processing.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(16, back, new VBox(2, title, intro));
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<ProcessingLine> table = new TableView<>(model.lines());
        table.setId("processing-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getColumns().add(column("processing.column.section", ProcessingLine::section));
        table.getColumns().add(column("processing.column.item", ProcessingLine::item));
        table.getColumns().add(column("processing.column.date", ProcessingLine::date));
        table.getColumns().add(column("processing.column.detail", ProcessingLine::detail));
        Button export = Icons.withIcon(new Button(messages.get("processing.export")), Feather.UPLOAD);
        export.setId("processing-export");
        export.setOnAction(event -> model.exportCsv());
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("processing-status");
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(new VBox(8, Layouts.flow(8, export), status));
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        model.load();
        return root;
    }

    private TableColumn<ProcessingLine, String> column(String key, Function<ProcessingLine, String> text) {
        return TextColumn.of(messages.get(key), text);
    }
}
