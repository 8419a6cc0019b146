package org.cairn.ui.casefile;

import static org.cairn.ui.casefile.FieldParsing.orNull;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.CaseFileContents;
import org.cairn.casebook.Abuser;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** The people causing harm to the client: recorded at once, each addition and removal audited. */
public final class AbusersModel {
    private final Session session;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Runnable reload;
    private final ObservableList<Abuser> abusers = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty relationship = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long clientId = -1;

    AbusersModel(Session session, Messages messages, TaskRunner tasks, ErrorMessages errors, Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.reload = Objects.requireNonNull(reload);
    }

    void show(CaseFileContents data) {
        clientId = data.client().id();
        abusers.setAll(data.abusers());
    }

    public void add() {
        String typed = orNull(name.get());
        if (typed == null) {
            error.set(messages.get("casefile.abuser.nameRequired"));
            return;
        }
        error.set("");
        long client = clientId;
        tasks.run(progress -> session.casework().abusers().add(client, typed, orNull(relationship.get()),
                orNull(address.get())), added -> {
                    name.set("");
                    relationship.set("");
                    address.set("");
                    reload.run();
                }, failure -> error.set(errors.describe(failure)));
    }

    public void remove(Abuser abuser) {
        if (abuser == null) {
            return;
        }
        tasks.run(progress -> {
            session.casework().abusers().remove(abuser.id());
            return abuser;
        }, removed -> reload.run(), failure -> error.set(errors.describe(failure)));
    }

    boolean hasDraft() {
        return orNull(name.get()) != null || orNull(relationship.get()) != null || orNull(address.get()) != null;
    }

    void discard() {
        name.set("");
        relationship.set("");
        address.set("");
        error.set("");
    }

    public ObservableList<Abuser> abusers() {
        return abusers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty relationshipProperty() {
        return relationship;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
