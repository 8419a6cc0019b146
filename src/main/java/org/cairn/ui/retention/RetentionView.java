package org.cairn.ui.retention;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TextColumn;
import org.kordamp.ikonli.feather.Feather;

/** The retention review queue: a table of due, held and decided cases, and the decision for the selected one. */
public final class RetentionView {
    private final RetentionViewModel model;
    private final Messages messages;

    public RetentionView(RetentionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("retention.back")), Feather.ARROW_LEFT);
        back.setId("retention-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Layouts.whole(back);
        Label title = new Label(messages.get("retention.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(messages.get("retention.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(16, back, new VBox(2, title, intro));
        top.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table());
        root.setTop(top);
        root.setBottom(decision());
        BorderPane.setMargin(root.getCenter(), new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        model.load();
        return root;
    }

    private TableView<ReviewRow> table() {
        TableView<ReviewRow> table = new TableView<>(model.rows());
        table.setId("retention-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label(messages.get("retention.empty")));
        table.getColumns().add(column("retention.column.reference", ReviewRow::reference));
        table.getColumns().add(column("retention.column.state", model::stateText));
        table.getColumns().add(column("retention.column.closed", row -> day(row.closedOn())));
        table.getColumns().add(column("retention.column.date", row -> day(row.date())));
        table.getColumns().add(column("retention.column.categories", ReviewRow::categories));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        return table;
    }

    private VBox decision() {
        DatePicker until = messages.dates().picker();
        until.setId("retention-keep-until");
        until.setPromptText(messages.get("retention.keepUntil.prompt"));
        until.valueProperty().bindBidirectional(model.keepUntilProperty());
        Label untilLabel = new Label(messages.get("retention.keepUntil"));
        untilLabel.setLabelFor(until);
        TextField reason = new TextField();
        reason.setId("retention-reason");
        reason.setPromptText(messages.get("retention.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Label reasonLabel = new Label(messages.get("retention.reason"));
        reasonLabel.setLabelFor(reason);
        HBox.setHgrow(reason, javafx.scene.layout.Priority.ALWAYS);
        HBox fields = new HBox(8, reasonLabel, reason, untilLabel, until);
        fields.setAlignment(Pos.CENTER_LEFT);
        Button keep = button("retention-keep", "retention.keep", Feather.CLOCK, model::keep);
        keep.disableProperty().bind(model.decidableProperty().not());
        Button anonymise = button("retention-anonymise", "retention.anonymise", Feather.USER_X, model::anonymise);
        anonymise.disableProperty().bind(model.anonymisableProperty().not());
        Button erase = button("retention-erase", "retention.erase", Feather.TRASH_2, model::erase);
        erase.getStyleClass().add(Styles.DANGER);
        erase.disableProperty().bind(model.erasableProperty().not());
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("retention-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("retention-error");
        return new VBox(8, fields, Layouts.flow(8, keep, anonymise, erase), error, status);
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button button = Icons.withIcon(new Button(messages.get(key)), icon);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private String day(LocalDate date) {
        return date == null ? "" : messages.dates().day(date);
    }

    private TableColumn<ReviewRow, String> column(String key, Function<ReviewRow, String> text) {
        return TextColumn.of(messages.get(key), text);
    }
}
