package org.cairn.ui.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.RetentionChoice;
import org.cairn.casebook.RetentionDecision;
import org.cairn.casebook.Text;
import org.cairn.casework.Action;
import org.cairn.casework.DueCase;
import org.cairn.casework.HeldCase;
import org.cairn.casework.Retention;
import org.cairn.casework.RetentionCategory;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.retention.ReviewRow.State;

/**
 * The retention review queue (ADR 0040): closed cases whose period has ended, cases on legal hold with their review
 * dates, and decisions waiting to be carried out. A due case can be kept until a date, erased or anonymised, each
 * with a reason, through the use cases, which also refuse a held or not-yet-due case. Erasing asks first and says
 * what cannot be undone; an administrator's erase decision is carried out at once, an advocate's waits for one.
 */
public final class RetentionViewModel {
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> keepUntil = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding decidable;
    private final BooleanBinding erasable;
    private final BooleanBinding anonymisable;

    public RetentionViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.decidable = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && selected.get().decidable(), busy, selected);
        this.anonymisable = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && (selected.get().decidable() || selected.get().state() == State.AWAITING_ANONYMISATION),
                busy, selected);
        this.erasable = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && (selected.get().decidable() || selected.get().state() == State.AWAITING_ERASURE
                        && mayErase()), busy, selected);
    }

    /** Reads the queue, the holds and the decisions awaiting erasure; the selection is kept when still there. */
    public void load() {
        busy.set(true);
        tasks.run(progress -> read(session.casework().retention()), this::loaded, this::failed);
    }

    private List<ReviewRow> read(Retention retention) {
        List<ReviewRow> read = new ArrayList<>();
        for (DueCase due : retention.queue()) {
            read.add(new ReviewRow(due.caseId(), due.reference(), State.DUE, due.closedOn(), due.periodEndedOn(),
                    categories(due.categories())));
        }
        for (HeldCase held : retention.holds()) {
            read.add(new ReviewRow(held.caseId(), held.reference(), State.HELD, held.closedOn(), held.reviewOn(),
                    ""));
        }
        for (RetentionDecision decision : retention.awaitingErasure()) {
            read.add(new ReviewRow(decision.caseId(), decision.caseReference(), decision.choice()
                    == RetentionChoice.ERASE ? State.AWAITING_ERASURE : State.AWAITING_ANONYMISATION, null,
                    LocalDate.ofInstant(decision.decidedAt(), ZoneId.systemDefault()), ""));
        }
        return read;
    }

    private void loaded(List<ReviewRow> read) {
        busy.set(false);
        ReviewRow was = selected.get();
        rows.setAll(read);
        selected.set(was == null ? null : read.stream().filter(r -> r.caseId() == was.caseId()
                && r.state() == was.state()).findFirst().orElse(null));
    }

    /** Keeps the selected due case until the chosen date, for the reason typed; it comes back that day. */
    public void keep() {
        ReviewRow row = selected.get();
        if (!ready(row)) {
            return;
        }
        LocalDate until = keepUntil.get();
        if (until == null) {
            error.set(messages.get("retention.keep.needDate"));
            return;
        }
        String why = reason.get();
        act(() -> session.casework().retention().keep(row.caseId(), until, why),
                messages.format("retention.kept", row.reference(), messages.dates().day(until)));
    }

    /**
     * Decides to erase the selected due case, after saying what erasure cannot undo; an administrator's decision is
     * carried out at once. A case already decided for erasure is erased here by an administrator.
     */
    public void erase() {
        ReviewRow row = selected.get();
        boolean carryOut = row != null && row.state() == State.AWAITING_ERASURE && mayErase();
        if (!carryOut && !ready(row) || carryOut && !reasonGiven()) {
            return;
        }
        boolean now = mayErase();
        if (!dialogs.confirm(messages.get("retention.erase.title"), messages.format(now ? "retention.erase.now"
                : "retention.erase.decideOnly", row.reference()))) {
            status.set(messages.get("retention.erase.declined"));
            return;
        }
        String why = reason.get();
        act(() -> {
            if (!carryOut) {
                session.casework().retention().erase(row.caseId(), why);
            }
            if (now) {
                session.casework().erasure().eraseCase(row.reference(), why);
            }
            return null;
        }, messages.format(now ? "retention.erased" : "retention.eraseDecided", row.reference()));
    }

    /**
     * Anonymises the selected due case, for the reason typed, after saying what cannot be undone: it is carried out
     * at once. A case decided for anonymisation before Cairn carried it out is anonymised here too.
     */
    public void anonymise() {
        ReviewRow row = selected.get();
        boolean waiting = row != null && row.state() == State.AWAITING_ANONYMISATION && !busy.get();
        if (!waiting && !ready(row) || waiting && !reasonGiven()) {
            return;
        }
        if (!dialogs.confirm(messages.get("retention.anonymise.title"),
                messages.format("retention.anonymise.now", row.reference()))) {
            status.set(messages.get("retention.erase.declined"));
            return;
        }
        String why = reason.get();
        act(() -> session.casework().retention().anonymise(row.caseId(), why),
                messages.format("retention.anonymised", row.reference()));
    }

    public void back() {
        navigator.home(session);
    }

    /** Whether a decision may be taken on {@code row} now; says why not when it cannot. */
    private boolean ready(ReviewRow row) {
        if (busy.get() || row == null) {
            return false;
        }
        if (!row.decidable()) {
            error.set(messages.get(row.state() == State.HELD ? "retention.held" : "retention.decided"));
            return false;
        }
        return reasonGiven();
    }

    // Asked before any confirmation, so nobody agrees to an erasure that is then refused for want of a reason.
    private boolean reasonGiven() {
        if (!Text.meaningful(reason.get())) {
            error.set(messages.get("problem.reason-needed"));
            return false;
        }
        return true;
    }

    private void act(java.util.concurrent.Callable<?> work, String done) {
        busy.set(true);
        error.set("");
        tasks.run(progress -> work.call(), result -> {
            reason.set("");
            keepUntil.set(null);
            status.set(done);
            busy.set(false);
            load();
        }, this::failed);
    }

    private boolean mayErase() {
        return session.casework().allows(Action.ERASE_CASE);
    }

    private String categories(List<RetentionCategory> categories) {
        return categories.stream().map(c -> messages.get(categoryKey(c))).collect(Collectors.joining(", "));
    }

    private void failed(Exception failure) {
        busy.set(false);
        error.set(errors.describe(failure));
    }

    /** The message key naming a retention category, shared with the records of processing. */
    public static String categoryKey(RetentionCategory category) {
        return switch (category) {
            case CHILDREN -> "retention.category.CHILDREN";
            case MARAC -> "retention.category.MARAC";
            case IMMIGRATION -> "retention.category.IMMIGRATION";
        };
    }

    /** Words for a row's state, for the table. */
    public String stateText(ReviewRow row) {
        return messages.get(switch (row.state()) {
            case DUE -> "retention.state.due";
            case HELD -> "retention.state.held";
            case AWAITING_ERASURE -> "retention.state.awaitingErasure";
            case AWAITING_ANONYMISATION -> "retention.state.awaitingAnonymisation";
        });
    }

    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    public ObjectProperty<ReviewRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> keepUntilProperty() {
        return keepUntil;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Keep and anonymise: a due case is selected and nothing is running. */
    public BooleanBinding decidableProperty() {
        return decidable;
    }

    /** Anonymise: a due case, or one decided for anonymisation that waits. */
    public BooleanBinding anonymisableProperty() {
        return anonymisable;
    }

    /** Erase: a due case, or (for an administrator) one already decided for erasure. */
    public BooleanBinding erasableProperty() {
        return erasable;
    }
}
