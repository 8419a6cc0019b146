package org.cairn.ui.casefile;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.CaseFileContents;
import org.cairn.casebook.Note;
import org.cairn.casebook.NoteVersion;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** The notes timeline of one case: add, edit with every earlier version kept, and the selected note's history. */
public final class NotesModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    // The case file's message line: a note problem shows where the advocate is already looking.
    private final StringProperty error;
    private final Runnable reload;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<NoteVersion> history = FXCollections.observableArrayList();
    private final ObjectProperty<Note> editing = new SimpleObjectProperty<>();
    private final StringProperty newNote = new SimpleStringProperty("");

    NotesModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            StringProperty error, Runnable reload) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.error = Objects.requireNonNull(error);
        this.reload = Objects.requireNonNull(reload);
    }

    void show(CaseFileContents data) {
        notes.setAll(data.notes());
    }

    /** Adds the draft as a new note, or saves it as the next version of the note being edited. */
    public void saveNote() {
        String text = newNote.get() == null ? "" : newNote.get().strip();
        if (text.isEmpty()) {
            error.set(messages.get("casefile.note.empty"));
            return;
        }
        error.set("");
        Note edited = editing.get();
        tasks.run(progress -> edited == null ? session.casework().notes().add(caseId, text)
                : session.casework().notes().edit(edited.id(), text), note -> {
                    newNote.set("");
                    editing.set(null);
                    reload.run();
                    select(note);
                }, failure -> error.set(errors.describe(failure)));
    }

    /** Puts a note's text in the editor; saving then keeps the old text in its history. */
    public void edit(Note note) {
        if (note != null) {
            editing.set(note);
            newNote.set(note.text());
        }
    }

    public void cancelEdit() {
        editing.set(null);
        newNote.set("");
    }

    /** Shows every version of the selected note, oldest first. */
    public void select(Note note) {
        if (note == null) {
            history.clear();
            return;
        }
        tasks.run(progress -> session.casework().notes().history(note.id()), history::setAll,
                failure -> error.set(errors.describe(failure)));
    }

    /** True while the editor holds text that is not saved. */
    boolean hasDraft() {
        String note = newNote.get();
        return editing.get() != null ? !editing.get().text().equals(note) : note != null && !note.isBlank();
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public ObservableList<NoteVersion> history() {
        return history;
    }

    public ObjectProperty<Note> editingProperty() {
        return editing;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }
}
