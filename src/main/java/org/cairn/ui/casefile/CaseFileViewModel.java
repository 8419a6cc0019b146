package org.cairn.ui.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casework.CaseFileContents;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.LeaveGuard;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Journey 5: one case with its banner, client and case details, notes timeline, consent ledger and audit list.
 * Unsaved edits stay in memory: leaving asks first, locking discards them (ADR 0012).
 */
public final class CaseFileViewModel implements LeaveGuard {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final ClipboardService clipboard;
    private final DialogService dialogs;
    private final Clock clock;
    private final ContactSafetyText safetyText;
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty banner = new SimpleStringProperty("");
    private final BooleanProperty bannerWarns = new SimpleBooleanProperty(true);
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private String reference = "";
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ClientDetailsForm clientForm;
    private final CaseDetailsForm caseForm;
    private final StringProperty clientProblem = new SimpleStringProperty("");
    private final StringProperty caseProblem = new SimpleStringProperty("");
    private final AbusersModel abusers;
    private final CorrectionsModel corrections;
    private final TasksModel taskList;
    private final ConsentModel consent;
    private final NotesModel noteList;
    private final RestrictedCaseModel restriction;
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private CaseFileContents data;

    public CaseFileViewModel(Session session, long caseId, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, ClipboardService clipboard, DialogService dialogs, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        this.safetyText = new ContactSafetyText(messages);
        this.clientForm = new ClientDetailsForm(messages, clock);
        this.caseForm = new CaseDetailsForm(messages, clock);
        Runnable reload = () -> load(false);
        this.abusers = new AbusersModel(session, messages, tasks, errors, reload);
        this.corrections = new CorrectionsModel(session, messages, tasks, errors, clock, reload);
        this.taskList = new TasksModel(session, caseId, messages, tasks, errors, clock, reload);
        this.consent = new ConsentModel(session, messages, tasks, errors, clock, reload);
        this.noteList = new NotesModel(session, caseId, messages, tasks, errors, error, reload);
        this.restriction = new RestrictedCaseModel(session, caseId, messages, tasks, errors, dialogs, reload);
    }

    /** Reads the case; the first load also records in the audit trail that the case file was opened. */
    public void load(boolean recordOpening) {
        tasks.run(progress -> session.casework().cases().read(caseId, recordOpening), this::show, failure -> error.set(errors.describe(failure)));
    }

    private void show(CaseFileContents data) {
        this.data = data;
        clientForm.show(data.client().details(), data.personal());
        caseForm.show(data.caseFile().details(), data.immigration());
        abusers.show(data);
        corrections.show(data);
        taskList.show(data);
        consent.show(data);
        closed.set(data.caseFile().details().status() == CaseStatus.CLOSED);
        var safety = data.client().details().contactSafety();
        reference = data.caseFile().reference().toString();
        heading.set(messages.format("casefile.heading", data.caseFile().reference().toString(),
                new org.cairn.ui.cases.CaseLabels(messages).alias(data.client().details().alias())));
        banner.set(safetyText.describe(safety));
        bannerWarns.set(safetyText.anyUnsafe(safety));
        var caseDetails = data.caseFile().details();
        details.set(caseDetails.closedOn() == null
                ? messages.format("casefile.details", caseDetails.advocate(),
                        messages.dates().day(caseDetails.openedOn()))
                : messages.format("casefile.details.closed", caseDetails.advocate(),
                        messages.dates().day(caseDetails.openedOn()), messages.dates().day(caseDetails.closedOn())));
        noteList.show(data);
        audit.setAll(data.audit());
        restriction.load();
        loaded.set(true);
    }

    /** Copies the case reference; the clipboard is cleared again after 30 seconds, on lock and on quick exit. */
    public void copyReference() {
        if (!reference.isEmpty()) {
            clipboard.copy(reference);
        }
    }

    /** A consent that was given but whose expiry date has come: it is no longer in force. */
    public boolean isExpired(ConsentEntry entry) {
        return consent.isExpired(entry);
    }

    /** Closes the case today, after asking; a closed case stays searchable and can be reopened. */
    public void closeCase() {
        if (data == null || closed.get()
                || !dialogs.confirm(messages.get("casefile.close.title"), messages.get("casefile.close.confirm"))) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(data.caseFile().details().openedOn())) {
            error.set(messages.get("casefile.close.beforeOpening"));
            return;
        }
        tasks.run(progress -> {
            session.casework().cases().close(caseId, today);
            return caseId;
        }, done -> load(false), failure -> error.set(errors.describe(failure)));
    }

    /** Opens a closed case again; recorded in the audit trail as reopened. */
    public void reopenCase() {
        if (data == null || !closed.get()) {
            return;
        }
        tasks.run(progress -> {
            session.casework().cases().reopen(caseId);
            return caseId;
        }, done -> load(false), failure -> error.set(errors.describe(failure)));
    }

    /** Saves the client's details as typed, or marks what needs correcting and keeps the draft. */
    public void saveClient() {
        var problems = clientForm.problems();
        clientProblem.set(problems.isEmpty() ? "" : messages.format("casefile.form.problems", problems.get(0)));
        if (!problems.isEmpty() || data == null) {
            return;
        }
        long clientId = data.client().id();
        var details = clientForm.toDetails();
        var personal = clientForm.toPersonal();
        tasks.run(progress -> {
            session.casework().cases().saveClient(clientId, details, personal);
            return clientId;
        }, saved -> {
            clientForm.changedProperty().set(false);
            load(false);
        }, failure -> clientProblem.set(errors.describe(failure)));
    }

    public void cancelClient() {
        clientProblem.set("");
        clientForm.discard();
    }

    /** Saves the case's details as typed, or marks what needs correcting and keeps the draft. */
    public void saveCase() {
        var problems = caseForm.problems();
        caseProblem.set(problems.isEmpty() ? "" : messages.format("casefile.form.problems", problems.get(0)));
        if (!problems.isEmpty() || data == null) {
            return;
        }
        var details = caseForm.toDetails();
        var immigration = caseForm.toImmigration();
        tasks.run(progress -> {
            session.casework().cases().saveCase(caseId, details, immigration);
            return caseId;
        }, saved -> {
            caseForm.changedProperty().set(false);
            load(false);
        }, failure -> caseProblem.set(errors.describe(failure)));
    }

    public void cancelCase() {
        caseProblem.set("");
        caseForm.discard();
    }

    /** True while any form or the note editor holds text that is not saved. */
    public boolean hasUnsavedChanges() {
        return clientForm.changedProperty().get() || caseForm.changedProperty().get() || noteList.hasDraft()
                || abusers.hasDraft() || corrections.hasDraft() || taskList.hasDraft() || consent.hasDraft()
                || restriction.hasDraft();
    }

    /** Asks before unsaved edits are thrown away; leaving without asking is only for locking (ADR 0012). */
    @Override
    public boolean mayLeave() {
        if (!hasUnsavedChanges()) {
            return true;
        }
        if (!dialogs.confirm(messages.get("casefile.unsaved.title"), messages.get("casefile.unsaved.message"))) {
            return false;
        }
        cancelClient();
        cancelCase();
        noteList.cancelEdit();
        abusers.discard();
        corrections.discard();
        taskList.discard();
        consent.discard();
        restriction.discard();
        return true;
    }

    /** The plans tab's ViewModel for this case (safety plans, risk checklists and risk history). */
    public org.cairn.ui.plans.PlansViewModel plans() {
        return new org.cairn.ui.plans.PlansViewModel(session, caseId, messages, tasks, errors, clock);
    }

    /** The "Never contact about this client" pane's model, shown with the people causing harm. */
    public org.cairn.ui.blocked.BlockedRecipientsViewModel blockedRecipients() {
        return new org.cairn.ui.blocked.BlockedRecipientsViewModel(session, caseId, messages, tasks, errors, dialogs);
    }

    /** "New case for this client": another case for this case's client, her details kept (asks about unsaved edits). */
    public void newCaseForClient() {
        if (data != null) {
            navigator.newCaseForClient(session, data.client().id());
        }
    }

    public void newLetter() {
        navigator.letter(session, caseId);
    }

    /** The Referrals tab's model, working on this case. */
    public org.cairn.ui.referrals.ReferralsViewModel referrals() {
        return new org.cairn.ui.referrals.ReferralsViewModel(session, caseId, messages, tasks, errors, navigator,
                clock,
                new org.cairn.templates.BuiltInTemplates(org.cairn.templates.TemplateParser.standard()));
    }

    public void back() {
        navigator.cases(session);
    }

    public ClientDetailsForm clientForm() {
        return clientForm;
    }

    public CaseDetailsForm caseForm() {
        return caseForm;
    }

    public StringProperty clientProblemProperty() {
        return clientProblem;
    }

    public StringProperty caseProblemProperty() {
        return caseProblem;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty bannerProperty() {
        return banner;
    }

    public BooleanProperty bannerWarnsProperty() {
        return bannerWarns;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<ConsentEntry> consents() {
        return consent.entries();
    }

    public AbusersModel abusers() {
        return abusers;
    }

    /** Her corrections (rectifications) and the row to record one. */
    public CorrectionsModel corrections() {
        return corrections;
    }

    public TasksModel taskList() {
        return taskList;
    }

    public ConsentModel consent() {
        return consent;
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    /** Restricting, lifting and reading a restricted case (docs/adr/0038-restricted-cases.md). */
    public RestrictedCaseModel restriction() {
        return restriction;
    }

    public NotesModel noteList() {
        return noteList;
    }
}
