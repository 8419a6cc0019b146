package org.cairn.ui.casefile;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.RestrictedContent;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * A restricted case on the case-file screen (docs/adr/0038-restricted-cases.md): restricting and lifting for the
 * people who may, the unsealed content as reading for the people it is restricted to, and a note added inside the
 * seal. Everyone else sees the reference, the status and "(restricted)", and no way in.
 */
public final class RestrictedCaseModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final Runnable reload;
    private final RestrictedReading reading;
    private final BooleanProperty restricted = new SimpleBooleanProperty();
    private final BooleanProperty readable = new SimpleBooleanProperty();
    private final BooleanProperty mayRestrict = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty whyNoRestrict = new SimpleStringProperty("");
    private final StringProperty newNote = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<RestrictedReading.Section> sections = FXCollections.observableArrayList();
    private List<String> proposed = List.of();
    private List<String> together = List.of();

    RestrictedCaseModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            DialogService dialogs, Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.reload = Objects.requireNonNull(reload);
        this.reading = new RestrictedReading(messages);
    }

    /** What this person may see and do; a holder's reading is unsealed here and recorded in the audit trail. */
    public void load() {
        tasks.run(progress -> State.of(session, caseId), this::show, failure -> error.set(errors.describe(failure)));
    }

    private void show(State state) {
        restricted.set(state.restricted());
        readable.set(state.content() != null);
        mayRestrict.set(state.mayManage());
        proposed = state.proposed();
        together = state.together();
        whyNoRestrict.set(state.restricted() || state.whyNot() == null ? "" : state.whyNot().words(messages, errors));
        sections.setAll(state.content() == null ? List.of() : reading.sections(state.content()));
        if (!state.restricted()) {
            notice.set("");
        } else if (state.content() == null) {
            notice.set(messages.get("casefile.restricted.closedToYou"));
        } else {
            notice.set(messages.format("casefile.restricted.openToYou", names(state.readers())));
        }
    }

    /** "Restrict this case…": asks, naming who will still read it, then seals the content. */
    public void restrict() {
        error.set("");
        if (restricted.get() || !mayRestrict.get() || proposed.isEmpty()) {
            return;
        }
        List<String> readers = proposed;
        String question = together.size() > 1
                ? messages.format("casefile.restrict.confirmTogether", names(readers), names(together))
                : messages.format("casefile.restrict.confirm", names(readers));
        if (!dialogs.confirm(messages.get("casefile.restrict.title"), question)) {
            return;
        }
        tasks.run(progress -> {
            session.casework().restrictions().restrict(caseId, readers);
            return caseId;
        }, done -> reload.run(), failure -> error.set(errors.describe(failure)));
    }

    /** "Lift restriction…": asks, then puts the content back where everyone who works on cases reads it. */
    public void lift() {
        error.set("");
        if (!restricted.get() || !readable.get() || !mayRestrict.get()
                || !dialogs.confirm(messages.get("casefile.unrestrict.title"), together.size() > 1
                        ? messages.format("casefile.unrestrict.confirmTogether", names(together))
                        : messages.get("casefile.unrestrict.confirm"))) {
            return;
        }
        tasks.run(progress -> {
            session.casework().restrictions().unrestrict(caseId);
            return caseId;
        }, done -> reload.run(), failure -> error.set(errors.describe(failure)));
    }

    /** Adds the note typed to the sealed content; it is never written in plain. */
    public void addNote() {
        error.set("");
        String text = newNote.get() == null ? "" : newNote.get().strip();
        if (text.isEmpty()) {
            error.set(messages.get("casefile.note.empty"));
            return;
        }
        tasks.run(progress -> session.casework().restrictions().addNote(caseId, text), content -> {
            newNote.set("");
            sections.setAll(reading.sections(content));
        }, failure -> error.set(errors.describe(failure)));
    }

    public boolean hasDraft() {
        return newNote.get() != null && !newNote.get().isBlank();
    }

    public void discard() {
        newNote.set("");
    }

    private static String names(List<String> readers) {
        return String.join(", ", readers);
    }

    /**
     * Why "Restrict this case…" is not offered to someone who may manage the case: nobody named to give it to
     * (a casebook without named people), or another advocate's case of the same client. Null when there is no
     * reason to give (it is offered, or the person may not restrict cases at all).
     */
    private record WhyNot(String key, CaseworkException refusal) {
        String words(Messages messages, ErrorMessages errors) {
            return refusal != null ? errors.describe(refusal) : messages.get(key);
        }
    }

    /** Read off the UI thread: whether it is restricted, what may be done, and the content for a holder. */
    private record State(boolean restricted, boolean mayManage, List<String> proposed, List<String> together,
            WhyNot whyNot, List<String> readers, RestrictedContent content) {
        static State of(Session session, long caseId) {
            var restrictions = session.casework().restrictions();
            boolean restricted = restrictions.isRestricted(caseId);
            List<String> proposed = List.of();
            List<String> together = List.of();
            WhyNot whyNot = null;
            try {
                proposed = restrictions.proposedReaders(caseId);
                together = restrictions.restrictedTogether(caseId);
                whyNot = proposed.isEmpty() ? new WhyNot("casefile.restrict.needsPeople", null) : null;
            } catch (CaseworkException notTheirs) {
                whyNot = notTheirs.problem() == Problem.RESTRICTION_REFUSED ? new WhyNot(null, notTheirs) : null;
            }
            boolean mayManage = !proposed.isEmpty();
            if (!restricted) {
                return new State(false, mayManage, proposed, together, whyNot, List.of(), null);
            }
            try {
                RestrictedContent content = restrictions.open(caseId);
                return new State(true, mayManage, proposed, together, whyNot, restrictions.readers(caseId), content);
            } catch (CaseworkException e) {
                if (e.problem() != Problem.CASE_RESTRICTED) {
                    throw e;
                }
                return new State(true, mayManage, proposed, together, whyNot, List.of(), null);
            }
        }
    }

    public BooleanProperty restrictedProperty() {
        return restricted;
    }

    public BooleanProperty readableProperty() {
        return readable;
    }

    public BooleanProperty mayRestrictProperty() {
        return mayRestrict;
    }

    /** Why restricting is not offered here and what to do about it; empty when it is offered or not for them. */
    public StringProperty whyNoRestrictProperty() {
        return whyNoRestrict;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<RestrictedReading.Section> sections() {
        return sections;
    }
}
