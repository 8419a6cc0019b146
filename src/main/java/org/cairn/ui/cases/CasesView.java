package org.cairn.ui.cases;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.RiskLevel;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The case list: a search field with filters above a virtualised table. */
public final class CasesView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Plain Escape only: Shift+Escape is the quick exit and must always reach the shell. */
    private static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private final CasesViewModel model;
    private final Messages messages;
    private final CaseLabels labels;
    private final TextField search = new TextField();
    private final TableView<CaseSummary> table = new TableView<>();

    public CasesView(CasesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new CaseLabels(messages);
    }

    public Parent build() {
        search.setId("case-search");
        search.setPromptText(messages.get("cases.search.prompt"));
        search.setAccessibleText(messages.get("cases.search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        org.cairn.ui.common.ScreenFocus.first(search);
        buildTable();
        Label count = new Label();
        count.textProperty().bind(model.summaryProperty());
        count.setId("cases-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        BorderPane root = new BorderPane(table);
        Label notice = org.cairn.ui.common.Layouts.message(model.noticeProperty(), Styles.WARNING);
        notice.setId("cases-new-people");
        root.setTop(new javafx.scene.layout.VBox(8, notice, searchRow(), count,
                org.cairn.ui.common.Layouts.message(model.errorProperty(), Styles.DANGER)));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        root.sceneProperty().addListener((o, was, now) -> moveAccelerator(was, now));
        model.refresh();
        model.announceNewPeople();
        Platform.runLater(search::requestFocus);
        return root;
    }

    private javafx.scene.layout.FlowPane searchRow() {
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.getItems().setAll(StatusFilter.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(converter(labels::statusFilter));
        status.setAccessibleText(messages.get("cases.filter.status"));
        ComboBox<RiskFilter> risk = new ComboBox<>();
        risk.getItems().setAll(RiskFilter.values());
        risk.valueProperty().bindBidirectional(model.riskProperty());
        risk.setConverter(converter(labels::riskFilter));
        risk.setAccessibleText(messages.get("cases.filter.risk"));
        CheckBox due = new CheckBox(messages.get("cases.filter.due"));
        due.selectedProperty().bindBidirectional(model.dueOnlyProperty());
        due.setId("cases-due-only");
        CheckBox mine = new CheckBox(messages.get("cases.filter.mine"));
        mine.setId("cases-mine-only");
        mine.selectedProperty().bindBidirectional(model.mineOnlyProperty());
        Region icon = new HBox(Icons.icon(Feather.SEARCH));
        javafx.scene.control.Button add = org.cairn.ui.common.Icons.withIcon(
                new javafx.scene.control.Button(messages.get("cases.new")), Feather.PLUS);
        add.setId("cases-new");
        add.setMnemonicParsing(true);
        add.setTooltip(new javafx.scene.control.Tooltip(messages.get("cases.new.hint")));
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> model.newCase());
        // Icon only: the search row is already full at the smallest window size; the tooltip says what it does.
        javafx.scene.control.Button another = Icons.iconOnly(Feather.FOLDER_PLUS, messages.get("cases.newForClient.hint"));
        another.setId("cases-new-for-client");
        another.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        another.setOnAction(event -> model.newCaseForClient(table.getSelectionModel().getSelectedItem()));
        // The filters and buttons move onto a second line rather than shrink to "…" when the text is large.
        search.setPrefColumnCount(16);
        HBox field = new HBox(12, icon, search);
        field.setAlignment(Pos.CENTER_LEFT);
        return org.cairn.ui.common.Layouts.flow(12, field, status, risk, due, mine, another, add);
    }

    private void buildTable() {
        table.setId("case-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        Label placeholder = new Label();
        placeholder.setId("cases-empty");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyProperty());
        table.setPlaceholder(placeholder);
        table.setAccessibleText(messages.get("cases.table"));
        var dates = messages.dates();
        table.getColumns().add(column("cases.column.reference", row -> row.reference().toString()));
        table.getColumns().add(column("cases.column.alias", row -> labels.alias(row.alias())));
        table.getColumns().add(column("cases.column.status", row -> labels.status(row.status())));
        table.getColumns().add(column("cases.column.risk", row -> labels.risk(row.risk())));
        table.getColumns().add(column("cases.column.due",
                row -> model.overdue(row) ? messages.format("cases.overdue", dates.day(row.nextFollowUp()))
                        : dates.day(row.nextFollowUp())));
        table.setRowFactory(view -> {
            TableRow<CaseSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("high-risk"),
                            !empty && item != null && item.risk() == RiskLevel.HIGH);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                            !empty && item != null && model.overdue(item));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (CLEAR.match(event)) {
                clearSearch(event);
            } else if (event.getCode() == KeyCode.UP && table.getSelectionModel().getSelectedIndex() <= 0) {
                search.requestFocus();
                event.consume();
            }
        });
    }

    private void searchKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            event.consume();
        } else if (CLEAR.match(event)) {
            clearSearch(event);
        } else if (event.getCode() == KeyCode.ENTER) {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            model.open(selected != null ? selected : table.getItems().stream().findFirst().orElse(null));
            event.consume();
        }
    }

    /** Escape empties the search and goes back to it; with nothing typed it is left to others (e.g. dialogs). */
    private void clearSearch(KeyEvent event) {
        if (model.queryProperty().get() == null || model.queryProperty().get().isEmpty()) {
            return;
        }
        model.queryProperty().set("");
        search.requestFocus();
        event.consume();
    }

    private TableColumn<CaseSummary, String> column(String key, java.util.function.Function<CaseSummary, String> text) {
        TableColumn<CaseSummary, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private void moveAccelerator(Scene was, Scene now) {
        if (was != null) {
            was.getAccelerators().remove(FIND);
            was.getAccelerators().remove(NEW);
        }
        if (now != null) {
            now.getAccelerators().put(NEW, model::newCase);
            now.getAccelerators().put(FIND, () -> {
                search.requestFocus();
                search.selectAll();
            });
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
