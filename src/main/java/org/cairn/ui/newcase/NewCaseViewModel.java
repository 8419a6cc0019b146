package org.cairn.ui.newcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.RiskLevel;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.LeaveGuard;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * A new client with her first case, written in one transaction so that there is never a client without a case,
 * or another case for a client already in the casebook (her details are kept, not typed again).
 * The rest of the details are filled in on the case file, which opens next.
 */
public final class NewCaseViewModel implements LeaveGuard {
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final Clock clock;
    private final StringProperty alias = new SimpleStringProperty("");
    private final StringProperty advocate = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskLevel> risk = new SimpleObjectProperty<>(RiskLevel.STANDARD);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    /** The client the new case is for, or null for a new client. */
    private final Long clientId;
    private boolean clientGone;
    private boolean saved;

    public NewCaseViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs, Clock clock) {
        this(session, messages, navigator, tasks, errors, dialogs, clock, null);
    }

    /** {@code clientId}: the existing client the case is for, or null for a new client. */
    public NewCaseViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs, Clock clock, Long clientId) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        advocate.set(session.casework().person().name());
        openedOn.set(LocalDate.now(clock));
        this.clientId = clientId;
        title.set(messages.get("newcase.title"));
        if (clientId != null) {
            var client = session.casework().cases().client(clientId);
            client.ifPresent(found -> {
                alias.set(found.details().alias());
                title.set(messages.format("newcase.forClient.title", found.details().alias()));
            });
            clientGone = client.isEmpty();
            if (clientGone) {
                error.set(messages.get("newcase.forClient.gone"));
            }
        }
    }

    /** True when the case is for a client already in the casebook, whose alias is not edited here. */
    public boolean forExistingClient() {
        return clientId != null;
    }

    public String aliasProblem() {
        return alias.get() == null || alias.get().isBlank() ? messages.get("newcase.alias.required") : "";
    }

    public String advocateProblem() {
        return advocate.get() == null || advocate.get().isBlank() ? messages.get("newcase.advocate.required") : "";
    }

    public String openedOnProblem() {
        if (openedOn.get() == null) {
            return messages.get("newcase.openedOn.required");
        }
        return openedOn.get().isAfter(LocalDate.now(clock)) ? messages.get("newcase.openedOn.future") : "";
    }

    /** Creates the client and the case, then opens the new case file. */
    public void create() {
        if (clientGone) {
            error.set(messages.get("newcase.forClient.gone"));
            return;
        }
        for (String problem : new String[] {aliasProblem(), advocateProblem(), openedOnProblem()}) {
            if (!problem.isEmpty()) {
                error.set(problem);
                return;
            }
        }
        error.set("");
        busy.set(true);
        ClientDetails client = ClientDetails.withAlias(alias.get().strip());
        CaseDetails opened = CaseDetails.opened(openedOn.get(), advocate.get().strip());
        CaseDetails details = new CaseDetails(opened.openedOn(), null, opened.status(), opened.advocate(),
                opened.abuseTypes(), risk.get(), null, null, opened.nrpf(), opened.evidenceGaps());
        Long existing = clientId;
        tasks.run(progress -> session.casework().cases().openNew(existing, client, details), (CaseFile created) -> {
            busy.set(false);
            saved = true;
            navigator.caseFile(session, created.id());
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    public void cancel() {
        navigator.cases(session);
    }

    @Override
    public boolean mayLeave() {
        boolean typed = !saved && clientId == null && alias.get() != null && !alias.get().isBlank();
        return !typed || dialogs.confirm(messages.get("newcase.unsaved.title"), messages.get("newcase.unsaved.message"));
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public StringProperty advocateProperty() {
        return advocate;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    public ObjectProperty<RiskLevel> riskProperty() {
        return risk;
    }

    /** "New client and case", or "New case for" the existing client's alias. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
