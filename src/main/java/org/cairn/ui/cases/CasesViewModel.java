package org.cairn.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.CaseSummary;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** Journey 4: search as you type with filters. Only the latest query's results ever reach the list. */
public final class CasesViewModel {
    static final int LIMIT = 1_000;
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ErrorMessages errors;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<RiskFilter> risk = new SimpleObjectProperty<>(RiskFilter.ANY);
    private final BooleanProperty dueOnly = new SimpleBooleanProperty();
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private TaskRunner.Handle running;
    private long generation;

    public CasesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks, Clock clock,
            ErrorMessages errors) {
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

    /** Starts a search for the current query and filters, dropping the result of any earlier one. */
    public void refresh() {
        if (running != null) {
            running.cancel();
        }
        long mine = ++generation;
        String typed = query.get();
        String me = mineOnly.get() ? session.casebook().audit().actor() : null;
        Filter filter = new Filter(status.get(), risk.get(), dueOnly.get(), me, LocalDate.now(clock));
        searching.set(true);
        running = tasks.run(progress -> filter.apply(session.casebook().search(typed, LIMIT)), found -> {
            if (mine == generation) {
                searching.set(false);
                rows.setAll(found);
                summary.set(found.isEmpty() ? messages.get("cases.none")
                        : messages.format("cases.count", found.size()));
            }
        }, failure -> {
            if (mine == generation) {
                searching.set(false);
                rows.clear();
                summary.set(errors.describe(failure));
            }
        });
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

    /** {@code me} is the signed-in advocate when only their cases are wanted, else null. */
    private record Filter(StatusFilter status, RiskFilter risk, boolean dueOnly, String me, LocalDate today) {
        List<CaseSummary> apply(List<CaseSummary> found) {
            return found.stream().filter(this::keeps).toList();
        }

        boolean keeps(CaseSummary row) {
            boolean statusOk = status == StatusFilter.ALL
                    || (status == StatusFilter.OPEN) == (row.status() == CaseStatus.OPEN);
            boolean riskOk = risk == RiskFilter.ANY || risk.name().equals(row.risk().name());
            boolean dueOk = !dueOnly || (row.nextFollowUp() != null && !row.nextFollowUp().isAfter(today));
            // Advocate names are typed by hand: compare them ignoring case and outer spaces.
            boolean mineOk = me == null || row.advocate() != null && row.advocate().strip().equalsIgnoreCase(me.strip());
            return statusOk && riskOk && dueOk && mineOk;
        }
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
}
