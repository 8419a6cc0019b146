package org.cairn.ui.casefile;

import static org.cairn.ui.casefile.FieldParsing.orNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.Note;
import org.cairn.casebook.Rectification;
import org.cairn.casework.CaseFileContents;
import org.cairn.casework.ClientField;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Corrections the client asks for (a rectification): one of her details or a note of this case, set to the value
 * she gave, with the day she asked. The earlier value is kept with the correction, and her next subject access copy
 * lists it; the list shows every correction of hers, in every case.
 */
public final class CorrectionsModel {
    /** What can be corrected: one of her details, or a note of this case. */
    public record Target(ClientField field, Note note) {
    }

    private final Session session;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Runnable reload;
    private final ObservableList<Rectification> corrections = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedOn = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private long clientId = -1;

    CorrectionsModel(Session session, Messages messages, TaskRunner tasks, ErrorMessages errors, Clock clock,
            Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        this.reload = Objects.requireNonNull(reload);
    }

    void show(CaseFileContents data) {
        clientId = data.client().id();
        List<Target> all = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            all.add(new Target(field, null));
        }
        data.notes().forEach(note -> all.add(new Target(null, note)));
        Target was = target.get();
        targets.setAll(all);
        target.set(was == null ? null : all.stream().filter(t -> same(t, was)).findFirst().orElse(null));
        long client = clientId;
        tasks.run(progress -> session.casework().rectifications().forClient(client), corrections::setAll,
                failure -> error.set(errors.describe(failure)));
    }

    /** Records the correction; the date asked is today unless chosen. */
    public void record() {
        Target chosen = target.get();
        if (chosen == null) {
            error.set(messages.get("casefile.correction.chooseWhat"));
            return;
        }
        String typed = orNull(value.get());
        if (typed == null) {
            error.set(messages.get("problem.empty-text"));
            return;
        }
        LocalDate asked = requestedOn.get() == null ? LocalDate.now(clock) : requestedOn.get();
        long client = clientId;
        error.set("");
        tasks.run(progress -> chosen.field() != null
                ? session.casework().rectifications().correctClient(client, chosen.field(), typed, asked)
                : session.casework().rectifications().correctNote(client, chosen.note().id(), typed, asked),
                done -> {
                    value.set("");
                    requestedOn.set(null);
                    status.set(messages.get("casefile.correction.recorded"));
                    reload.run();
                }, failure -> error.set(errors.describe(failure)));
    }

    /** The words for a target or a correction's field, for the list and the choice. */
    public String describe(Target t) {
        return t.field() != null ? messages.get(fieldKey(t.field().recordName()))
                : messages.format("casefile.correction.note", t.note().id());
    }

    /** The words for what a correction changed: one of her details by name, or a note by its number. */
    public String describeField(String recordName) {
        if (recordName.startsWith("note:")) {
            return messages.format("casefile.correction.note", recordName.substring("note:".length()));
        }
        return messages.get(fieldKey(recordName));
    }

    private static String fieldKey(String recordName) {
        // Record names are fixed codes (client.address, ...); an unknown one reads as "another detail".
        return switch (recordName) {
            case "client.alias" -> "casefile.correction.field.client.alias";
            case "client.legalNames" -> "casefile.correction.field.client.legalNames";
            case "client.dateOfBirth" -> "casefile.correction.field.client.dateOfBirth";
            case "client.nationality" -> "casefile.correction.field.client.nationality";
            case "client.address" -> "casefile.correction.field.client.address";
            case "client.phone" -> "casefile.correction.field.client.phone";
            case "client.email" -> "casefile.correction.field.client.email";
            default -> "casefile.correction.field.other";
        };
    }

    private static boolean same(Target a, Target b) {
        return a.field() == b.field() && (a.note() == null ? b.note() == null
                : b.note() != null && a.note().id() == b.note().id());
    }

    boolean hasDraft() {
        return orNull(value.get()) != null;
    }

    void discard() {
        value.set("");
        requestedOn.set(null);
        error.set("");
        status.set("");
    }

    public ObservableList<Rectification> corrections() {
        return corrections;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<LocalDate> requestedOnProperty() {
        return requestedOn;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
