package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The consent ledger with expired consent marked, and a form to record consent given or withdrawn. */
final class ConsentPane {
    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    private static final double SIDE_WIDTH = 440;
    private static final double SIDE_MIN_WIDTH = 360;
    private static final double SIDE_GAP = 16;
    /** The table's borders and a vertical scroll bar. */
    private static final double TABLE_ALLOWANCE = 24;
    private final ConsentModel model;
    private final Messages messages;
    private final CaseFileLabels labels;

    ConsentPane(ConsentModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new CaseFileLabels(messages);
    }

    Node build() {
        // The ledger gets the room; the form to record a decision sits beside it while every column fits.
        TableView<ConsentEntry> table = table();
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(table);
        Node form = form();
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(form);
        side.setId("consent-form");
        side.setFitToWidth(true);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_MIN_WIDTH);
        pane.setPadding(new Insets(12, 0, 0, 0));
        Runnable place = () -> place(pane, table, side);
        pane.widthProperty().addListener((o, was, now) -> place.run());
        table.getColumns().forEach(column -> column.minWidthProperty().addListener((o, was, now) -> place.run()));
        place.run();
        return pane;
    }

    /**
     * Beside the ledger when its columns' least widths and the form fit across; below it otherwise (at large
     * text), so the last columns, when the consent expires, never scroll out of view.
     */
    private static void place(javafx.scene.layout.BorderPane pane, TableView<ConsentEntry> table,
                              javafx.scene.control.ScrollPane side) {
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean beside = pane.getWidth() <= 0
                || columns + TABLE_ALLOWANCE + SIDE_GAP + SIDE_MIN_WIDTH <= pane.getWidth();
        if (beside && pane.getRight() != side) {
            pane.setBottom(null);
            side.maxHeightProperty().unbind();
            side.setMaxHeight(Double.MAX_VALUE);
            javafx.scene.layout.BorderPane.setMargin(side, new Insets(0, 0, 0, SIDE_GAP));
            pane.setRight(side);
        } else if (!beside && pane.getBottom() != side) {
            pane.setRight(null);
            // below, the form scrolls within part of the height so the ledger keeps rows to show
            side.maxHeightProperty().bind(pane.heightProperty().multiply(0.5));
            javafx.scene.layout.BorderPane.setMargin(side, new Insets(SIDE_GAP, 0, 0, 0));
            pane.setBottom(side);
        }
    }

    private TableView<ConsentEntry> table() {
        var dates = messages.dates();
        TableView<ConsentEntry> table = new TableView<>(model.entries());
        table.setId("casefile-consents");
        table.setAccessibleText(messages.get("casefile.consent"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getColumns().add(column("casefile.consent.purpose", entry -> labels.purpose(entry.record().purpose())));
        table.getColumns().add(column("casefile.consent.organisation",
                entry -> entry.record().organisation() == null ? "" : entry.record().organisation()));
        table.getColumns().add(column("casefile.consent.decision",
                entry -> labels.decision(entry.record().decision())));
        table.getColumns().add(column("casefile.consent.method", entry -> labels.method(entry.record().method())));
        table.getColumns().add(column("casefile.consent.decidedOn",
                entry -> dates.day(entry.record().decidedOn())));
        table.getColumns().add(column("casefile.consent.expires",
                entry -> entry.record().expiresOn() == null ? "" : model.isExpired(entry)
                        ? messages.format("casefile.consent.expired", dates.day(entry.record().expiresOn()))
                        : dates.day(entry.record().expiresOn())));
        table.setPlaceholder(new Label(messages.get("casefile.consent.none")));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ConsentEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(EXPIRED, !empty && entry != null && model.isExpired(entry));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Node form() {
        FormGrid grid = new FormGrid(messages, 130);
        grid.section(messages.get("casefile.consent.record"));
        grid.choice(messages.get("casefile.consent.purpose"), ConsentPurpose.values(), model.purposeProperty(),
                labels::purpose, false).setId("consent-purpose");
        TextField organisation = grid.checked(messages.get("casefile.consent.organisation"), new TextField(), false,
                () -> model.purposeProperty().get().namesOrganisation()
                        && FieldParsing.orNull(model.organisationProperty().get()) == null
                        ? messages.get("casefile.consent.organisationRequired") : "");
        organisation.setId("consent-organisation");
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        organisation.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.purposeProperty().get().namesOrganisation(), model.purposeProperty()));
        model.purposeProperty().addListener((o, was, now) -> grid.revalidate());
        grid.choice(messages.get("casefile.consent.method"), ConsentMethod.values(), model.methodProperty(),
                labels::method, false);
        DatePicker decided = grid.field(messages.get("casefile.consent.decidedOn"), messages.dates().picker());
        decided.valueProperty().bindBidirectional(model.decidedOnProperty());
        DatePicker expires = grid.field(messages.get("casefile.consent.expiresOn"), messages.dates().picker());
        expires.setId("consent-expires");
        expires.valueProperty().bindBidirectional(model.expiresOnProperty());
        Button give = Icons.withIcon(new Button(messages.get("casefile.consent.give")), Feather.CHECK);
        give.setId("consent-give");
        give.setOnAction(event -> model.give());
        Button withdraw = Icons.withIcon(new Button(messages.get("casefile.consent.withdraw")), Feather.X);
        withdraw.setId("consent-withdraw");
        withdraw.setOnAction(event -> model.withdraw());
        // Beside the ledger there is little room at large text: the second button moves to a line of its own.
        grid.wide(Layouts.flow(8, give, withdraw));
        return new VBox(4, grid.grid(), Layouts.message(model.errorProperty(), Styles.DANGER));
    }

    private TableColumn<ConsentEntry, String> column(String key,
            java.util.function.Function<ConsentEntry, String> text) {
        TableColumn<ConsentEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
