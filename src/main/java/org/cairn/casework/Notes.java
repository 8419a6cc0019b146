package org.cairn.casework;

import java.util.List;
import java.util.Objects;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Note;
import org.cairn.casebook.NoteVersion;

/** A case's notes: added, edited with every earlier version kept. */
public final class Notes {
    private final Casebook casebook;
    private final Guard guard;

    Notes(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    @Performs(Action.ADD_NOTE)
    public Note add(long caseId, String text) {
        guard.check(Action.ADD_NOTE);
        String checked = requireText(text);
        return Restrictions.refusingRestricted(() -> casebook.notes().add(caseId, checked));
    }

    /** Saves {@code text} as the note's next version; the earlier text stays in its history. */
    @Performs(Action.EDIT_NOTE)
    public Note edit(long noteId, String text) {
        guard.check(Action.EDIT_NOTE);
        String checked = requireText(text);
        return Restrictions.refusingRestricted(() -> casebook.notes().edit(noteId, checked));
    }

    /** Every version of a note, oldest first. */
    @Performs(Action.READ_NOTE_HISTORY)
    public List<NoteVersion> history(long noteId) {
        guard.check(Action.READ_NOTE_HISTORY);
        return casebook.notes().history(noteId);
    }

    private static String requireText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        return stripped;
    }
}
