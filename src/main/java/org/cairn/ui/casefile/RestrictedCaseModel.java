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
    private final StringProperty newNote = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<RestrictedReading.Section> sections = FXCollections.observableArrayList();
    private List<String> proposed = List.of();

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
        if (!dialogs.confirm(messages.get("casefile.restrict.title"),
                messages.format("casefile.restrict.confirm", names(readers)))) {
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
                || !dialogs.confirm(messages.get("casefile.unrestrict.title"),
                        messages.get("casefile.unrestrict.confirm"))) {
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

    /** Read off the UI thread: whether it is restricted, what may be done, and the content for a holder. */
    private record State(boolean restricted, boolean mayManage, List<String> proposed, List<String> readers,
            RestrictedContent content) {
        static State of(Session session, long caseId) {
            var restrictions = session.casework().restrictions();
            boolean restricted = restrictions.isRestricted(caseId);
            List<String> proposed;
            try {
                proposed = restrictions.proposedReaders(caseId);
            } catch (CaseworkException notTheirs) {
                proposed = List.of();
            }
            boolean mayManage = !proposed.isEmpty();
            if (!restricted) {
                return new State(false, mayManage, proposed, List.of(), null);
            }
            try {
                RestrictedContent content = restrictions.open(caseId);
                return new State(true, mayManage, proposed, restrictions.readers(caseId), content);
            } catch (CaseworkException e) {
                if (e.problem() != Problem.CASE_RESTRICTED) {
                    throw e;
                }
                return new State(true, mayManage, proposed, List.of(), null);
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
