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
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** The consent ledger: giving and withdrawing consent adds an entry; nothing is ever changed or removed. */
public final class ConsentModel {
    private final Session session;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Runnable reload;
    private final ObservableList<ConsentEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ConsentPurpose> purpose = new SimpleObjectProperty<>(ConsentPurpose.KEEP_RECORDS);
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<ConsentMethod> method = new SimpleObjectProperty<>(ConsentMethod.VERBAL);
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private long clientId = -1;

    ConsentModel(Session session, Messages messages, TaskRunner tasks, ErrorMessages errors, Clock clock,
            Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        this.reload = Objects.requireNonNull(reload);
        decidedOn.set(LocalDate.now(clock));
    }

    void show(CaseFileContents data) {
        clientId = data.client().id();
        entries.setAll(data.consents());
    }

    public void give() {
        record(ConsentDecision.GIVEN);
    }

    /** Records a withdrawal: from that day the consent is no longer in force. A withdrawal has no expiry. */
    public void withdraw() {
        record(ConsentDecision.WITHDRAWN);
    }

    private void record(ConsentDecision decision) {
        String problem = problem(decision);
        error.set(problem);
        if (!problem.isEmpty()) {
            return;
        }
        ConsentRecord consent = new ConsentRecord(purpose.get(),
                purpose.get().namesOrganisation() ? organisation.get().strip() : null, decision, decidedOn.get(),
                method.get(), decision == ConsentDecision.GIVEN ? expiresOn.get() : null);
        long client = clientId;
        tasks.run(progress -> session.casework().consents().record(client, consent), recorded -> {
            organisation.set("");
            expiresOn.set(null);
            reload.run();
        }, failure -> error.set(errors.describe(failure)));
    }

    /** What stops this decision being recorded, as a plain sentence; empty when nothing does. */
    public String problem(ConsentDecision decision) {
        if (purpose.get().namesOrganisation() && orNull(organisation.get()) == null) {
            return messages.get("casefile.consent.organisationRequired");
        }
        if (decidedOn.get() == null) {
            return messages.get("casefile.consent.dateRequired");
        }
        if (decidedOn.get().isAfter(LocalDate.now(clock))) {
            return messages.get("casefile.consent.dateFuture");
        }
        if (decision == ConsentDecision.GIVEN && expiresOn.get() != null && !expiresOn.get().isAfter(decidedOn.get())) {
            return messages.get("casefile.consent.expiryBeforeDate");
        }
        return "";
    }

    /** A consent that was given but whose expiry date has come: it is no longer in force. */
    public boolean isExpired(ConsentEntry entry) {
        LocalDate expires = entry.record().expiresOn();
        return entry.record().decision() == ConsentDecision.GIVEN && expires != null
                && !expires.isAfter(LocalDate.now(clock));
    }

    boolean hasDraft() {
        return orNull(organisation.get()) != null || expiresOn.get() != null;
    }

    void discard() {
        organisation.set("");
        expiresOn.set(null);
        error.set("");
    }

    public ObservableList<ConsentEntry> entries() {
        return entries;
    }

    public ObjectProperty<ConsentPurpose> purposeProperty() {
        return purpose;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<ConsentMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public ObjectProperty<LocalDate> expiresOnProperty() {
        return expiresOn;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
