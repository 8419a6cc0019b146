package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cairn.casebook.Task;
import org.cairn.ui.common.TaskTitleWords;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The tasks and follow-ups tab: the case's tasks, overdue ones marked, and a line to add one. */
final class TasksPane {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private final TasksModel model;
    private final Messages messages;

    TasksPane(TasksModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        var dates = messages.dates();
        TableView<Task> table = new TableView<>(model.tasks());
        table.setId("casefile-tasks");
        table.setAccessibleText(messages.get("casefile.tasks"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.setPlaceholder(new Label(messages.get("casefile.task.none")));
        table.getColumns().add(column("casefile.task.due", task -> task.dueOn() == null ? ""
                : model.isOverdue(task) ? messages.format("casefile.task.overdue", dates.day(task.dueOn()))
                : dates.day(task.dueOn())));
        table.getColumns().add(column("casefile.task.title", task -> TaskTitleWords.of(messages, task)));
        table.getColumns().add(column("casefile.task.state", task -> task.done()
                ? messages.get("casefile.task.done") : messages.get("casefile.task.open")));
        table.getColumns().get(1).setPrefWidth(420);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Task task, boolean empty) {
                super.updateItem(task, empty);
                pseudoClassStateChanged(OVERDUE, !empty && task != null && model.isOverdue(task));
                pseudoClassStateChanged(DONE, !empty && task != null && task.done());
            }
        });
        Button toggle = Icons.withIcon(new Button(messages.get("casefile.task.toggle")), Feather.CHECK_SQUARE);
        toggle.setId("task-toggle");
        toggle.setMnemonicParsing(true);
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(event -> model.toggle(table.getSelectionModel().getSelectedItem()));
        TextField title = new TextField();
        title.setId("task-title");
        title.setPromptText(messages.get("casefile.task.titlePrompt"));
        title.setAccessibleText(messages.get("casefile.task.titlePrompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        DatePicker due = messages.dates().picker();
        due.setId("task-due");
        due.setPromptText(messages.get("casefile.task.duePrompt"));
        due.setAccessibleText(messages.get("casefile.task.duePrompt"));
        due.valueProperty().bindBidirectional(model.dueProperty());
        Button add = Icons.withIcon(new Button(messages.get("casefile.task.add")), Feather.PLUS);
        add.setId("task-add");
        add.setMnemonicParsing(true);
        add.setOnAction(event -> model.add());
        title.setOnAction(event -> model.add());
        HBox addRow = new HBox(8, title, due, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, new HBox(8, toggle), Layouts.message(model.errorProperty(), Styles.DANGER),
                addRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private TableColumn<Task, String> column(String key, java.util.function.Function<Task, String> text) {
        TableColumn<Task, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
