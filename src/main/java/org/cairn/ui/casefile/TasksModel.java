package org.cairn.ui.casefile;

import static org.cairn.ui.casefile.FieldParsing.orNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.CaseFileContents;
import org.cairn.casebook.Task;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** Tasks and follow-ups of one case. Their earliest open due date is the case list's "next follow-up". */
public final class TasksModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Runnable reload;
    private final ObservableList<Task> list = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    TasksModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors, Clock clock,
            Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        this.reload = Objects.requireNonNull(reload);
    }

    void show(CaseFileContents data) {
        list.setAll(data.tasks());
    }

    /** Adds a task; without a due date it is due today, so that it is never forgotten. */
    public void add() {
        String typed = orNull(title.get());
        if (typed == null) {
            error.set(messages.get("casefile.task.titleRequired"));
            return;
        }
        error.set("");
        LocalDate dueOn = due.get() == null ? today() : due.get();
        tasks.run(progress -> session.casework().tasks().add(caseId, typed, dueOn), added -> {
            title.set("");
            due.set(null);
            reload.run();
        }, failure -> error.set(errors.describe(failure)));
    }

    /** Marks an open task done, or reopens a done one. */
    public void toggle(Task task) {
        if (task == null) {
            return;
        }
        tasks.run(progress -> {
            if (task.done()) {
                session.casework().tasks().reopen(task.id());
            } else {
                session.casework().tasks().complete(task.id());
            }
            return task;
        }, changed -> reload.run(), failure -> error.set(errors.describe(failure)));
    }

    /** Still to do and due before today. */
    public boolean isOverdue(Task task) {
        return !task.done() && task.dueOn() != null && task.dueOn().isBefore(today());
    }

    boolean hasDraft() {
        return orNull(title.get()) != null;
    }

    void discard() {
        title.set("");
        due.set(null);
        error.set("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableList<Task> tasks() {
        return list;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
