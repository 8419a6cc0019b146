package org.cairn.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.CaseFilter;
import org.cairn.casebook.CaseMatches;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.CaseSummary;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.NewPeopleNotice;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Journey 4: search as you type with filters, applied by the casebook in one query so no matching case is missed.
 * One search runs at a time, off the UI thread; keystrokes typed meanwhile are folded into one waiting search,
 * the newest, and a result that is already out of date is never shown (no flicker of old results).
 */
public final class CasesViewModel {
    /** The list shows at most this many cases and says how many match in all. */
    static final int LIMIT = 1_000;
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ErrorMessages errors;
    private final int limit;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<RiskFilter> risk = new SimpleObjectProperty<>(RiskFilter.ANY);
    private final BooleanProperty dueOnly = new SimpleBooleanProperty();
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty empty = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private boolean inFlight;
    private Request waiting;

    public CasesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks, Clock clock,
            ErrorMessages errors) {
        this(session, messages, navigator, tasks, clock, errors, LIMIT);
    }

    /** {@code limit}: how many cases the list shows at most (tests use a small one). */
    CasesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks, Clock clock,
            ErrorMessages errors, int limit) {
        this.limit = limit;
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = Objects.requireNonNull(clock);
        this.errors = Objects.requireNonNull(errors);
        query.addListener((o, was, now) -> refresh());
        status.addListener((o, was, now) -> refresh());
        risk.addListener((o, was, now) -> refresh());
        dueOnly.addListener((o, was, now) -> refresh());
        mineOnly.addListener((o, was, now) -> refresh());
    }

    /**
     * Once per session: names everyone given a key since this person last unlocked, so no key is added unseen,
     * then records that they have been told.
     */
    public void announceNewPeople() {
        new NewPeopleNotice(messages, tasks, clock).announce(session, notice::set,
                failure -> error.set(errors.describe(failure)));
    }

    /** Searches for the current query and filters; an earlier search still running will not be shown. */
    public void refresh() {
        Request request = new Request(query.get(), filter());
        searching.set(true);
        if (inFlight) {
            waiting = request;
        } else {
            start(request);
        }
    }

    private void start(Request request) {
        inFlight = true;
        var cases = session.casework().cases();
        tasks.run(progress -> cases.find(request.typed(), request.filter(), limit),
                found -> finished(() -> show(found)), failure -> finished(() -> fail(failure)));
    }

    /** Shows a result only when nothing newer is waiting; otherwise runs the newest waiting search. */
    private void finished(Runnable shown) {
        inFlight = false;
        if (waiting != null) {
            Request next = waiting;
            waiting = null;
            start(next);
            return;
        }
        searching.set(false);
        shown.run();
    }

    private void show(CaseMatches found) {
        error.set("");
        rows.setAll(found.shown());
        // One message for an empty list, in the list itself: the count line stays quiet.
        empty.set(found.total() == 0 && unfiltered() ? messages.get("cases.empty") : messages.get("cases.none"));
        if (found.total() == 0) {
            summary.set("");
        } else if (found.cut()) {
            summary.set(messages.format("cases.count.cut", found.shown().size(), found.total()));
        } else {
            summary.set(messages.format("cases.count", found.total()));
        }
    }

    private boolean unfiltered() {
        return query.get().isBlank() && status.get() == StatusFilter.ALL && risk.get() == RiskFilter.ANY
                && !dueOnly.get() && !mineOnly.get();
    }

    /** True when the case's next follow-up day has passed (today's is due, not overdue). */
    public boolean overdue(CaseSummary row) {
        return row.nextFollowUp() != null && row.nextFollowUp().isBefore(LocalDate.now(clock));
    }

    private void fail(Exception failure) {
        rows.clear();
        summary.set(errors.describe(failure));
    }

    private CaseFilter filter() {
        CaseStatus wantedStatus = switch (status.get()) {
            case ALL -> null;
            case OPEN -> CaseStatus.OPEN;
            case CLOSED -> CaseStatus.CLOSED;
        };
        RiskLevel wantedRisk = switch (risk.get()) {
            case ANY -> null;
            case STANDARD -> RiskLevel.STANDARD;
            case MEDIUM -> RiskLevel.MEDIUM;
            case HIGH -> RiskLevel.HIGH;
        };
        return new CaseFilter(wantedStatus, wantedRisk, dueOnly.get() ? LocalDate.now(clock) : null,
                mineOnly.get() ? session.casework().person().name() : null);
    }

    public void open(CaseSummary selected) {
        if (selected != null) {
            navigator.caseFile(session, selected.caseId());
        }
    }

    /** "New case…": a new client with her first case. */
    public void newCase() {
        navigator.newCase(session);
    }

    /** "New case for this client": another case for the selected case's client, without typing her details. */
    public void newCaseForClient(CaseSummary selected) {
        if (selected == null) {
            return;
        }
        var found = session.casework().cases().summary(selected.caseId());
        if (found.isEmpty()) {
            error.set(messages.get("cases.newForClient.gone"));
            return;
        }
        navigator.newCaseForClient(session, found.get().clientId());
    }

    private record Request(String typed, CaseFilter filter) {
    }

    public Session session() {
        return session;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<RiskFilter> riskProperty() {
        return risk;
    }

    public BooleanProperty dueOnlyProperty() {
        return dueOnly;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public ObservableList<CaseSummary> rows() {
        return rows;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** What the list says when it shows no case: an empty casebook, or nothing matching the search. */
    public StringProperty emptyProperty() {
        return empty;
    }

    /** A problem with the last action, such as a case that has gone, or "" when there is none. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The case chosen in the list, followed by the view; the Send screen starts with it. */
    public ObjectProperty<CaseSummary> selectedProperty() {
        return selected;
    }

    /** The reference of the case chosen in the list, or none. */
    public java.util.List<org.cairn.casebook.CaseReference> selectedReferences() {
        return selected.get() == null ? java.util.List.of() : java.util.List.of(selected.get().reference());
    }
}
