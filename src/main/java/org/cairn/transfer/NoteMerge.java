package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.cairn.casebook.VersionVector;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Tx;

/**
 * A note changed in the other casebook. Notes are never in conflict: every wording either casebook has (current
 * or earlier) is kept. When the other side's copy includes this one's, its wording is current; when both were
 * edited apart, the wording with the later time (then author, then text) is current and the other joins the
 * history. Earlier wordings are numbered in time order, so both casebooks end with the same note.
 */
final class NoteMerge {
    /** One wording of a note: when and by whom it was written, and its text. */
    record Wording(long at, String by, String text) {
    }

    private static final Comparator<Wording> ORDER = Comparator.comparingLong(Wording::at)
            .thenComparing(Wording::by).thenComparing(Wording::text);

    private NoteMerge() {
    }

    static void apply(Tx tx, Row mine, List<Row> here, Row theirs, List<Row> bundle, String self)
            throws SQLException {
        String uid = mine.text("uid");
        VersionVector ourVersion = VersionVector.parse(mine.text("vv"));
        VersionVector theirVersion = VersionVector.parse(theirs.text("vv"));
        Wording ourCurrent = current(mine);
        Wording theirCurrent = current(theirs);
        TreeSet<Wording> all = new TreeSet<>(ORDER);
        all.addAll(history(here, uid));
        all.addAll(history(bundle, uid));
        all.add(ourCurrent);
        all.add(theirCurrent);
        boolean theirsIncludesOurs = theirVersion.includes(ourVersion);
        Wording current = theirsIncludesOurs || ORDER.compare(theirCurrent, ourCurrent) > 0 ? theirCurrent
                : ourCurrent;
        all.remove(current);
        List<Wording> earlier = new ArrayList<>(all);
        VersionVector merged = ourVersion.merged(theirVersion);
        boolean sameAsTheirs = current.equals(theirCurrent) && earlier.equals(sorted(history(bundle, uid)));
        VersionVector version = theirsIncludesOurs ? theirVersion : sameAsTheirs ? merged : merged.incremented(self);
        long noteId = TransferImport.existing(tx, "note", uid);
        tx.execute("DELETE FROM note_version WHERE note_id = ?", noteId);
        for (int i = 0; i < earlier.size(); i++) {
            Wording w = earlier.get(i);
            tx.execute("INSERT INTO note_version(note_id, version, written_at, author, text) VALUES (?, ?, ?, ?, ?)",
                    noteId, i + 1, w.at(), w.by(), w.text());
        }
        boolean original = earlier.isEmpty();
        tx.execute("UPDATE note SET text = ?, version = ?, edited_at = ?, edited_by = ?, vv = ? WHERE id = ?",
                current.text(), earlier.size() + 1, original ? null : current.at(), original ? null : current.by(),
                version.toText(), noteId);
    }

    private static Wording current(Row note) {
        Object editedAt = note.values().get("edited_at");
        long at = editedAt instanceof Long edited ? edited : (Long) note.values().get("written_at");
        String by = Objects.requireNonNullElse(note.text("edited_by"), note.text("author"));
        return new Wording(at, by, note.text("text"));
    }

    private static List<Wording> history(List<Row> rows, String noteUid) {
        List<Wording> wordings = new ArrayList<>();
        for (Row row : rows) {
            if (row.table().equals("note_version") && noteUid.equals(row.text(CaseRows.NOTE_UID))) {
                wordings.add(new Wording((Long) row.values().get("written_at"), row.text("author"),
                        row.text("text")));
            }
        }
        return wordings;
    }

    private static List<Wording> sorted(List<Wording> wordings) {
        TreeSet<Wording> set = new TreeSet<>(ORDER);
        set.addAll(wordings);
        return new ArrayList<>(set);
    }
}
