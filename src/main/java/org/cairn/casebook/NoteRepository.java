package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * Case notes. Editing never loses text: the replaced version moves to {@code note_version} first.
 * Methods taking a {@link Tx} join the caller's transaction.
 */
public final class NoteRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    NoteRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** A note written now by the acting user. */
    public Note add(long caseId, String text) {
        return vault.write(tx -> add(tx, caseId, now(), audit.actor(), text));
    }

    /** A note with an explicit time and author, e.g. written up after a meeting earlier in the day. */
    public Note add(Tx tx, long caseId, Instant writtenAt, String author, String text) throws SQLException {
        requireText(text);
        Instant at = writtenAt.truncatedTo(ChronoUnit.MILLIS);
        long id = tx.insert(
                "INSERT INTO note(uid, case_id, written_at, author, text, version) VALUES (?, ?, ?, ?, ?, 1)",
                RecordIds.newId(),
                caseId, at.toEpochMilli(), author, text);
        audit.append(tx, AuditAction.NOTE_ADDED, subject(tx, caseId, id), null);
        return new Note(id, caseId, at, author, text, 1, null, null);
    }

    /** Replaces the text, keeping the previous version in the history. */
    public Note edit(long noteId, String newText) {
        return vault.write(tx -> edit(tx, noteId, newText));
    }

    public Note edit(Tx tx, long noteId, String newText) throws SQLException {
        requireText(newText);
        Note current = find(tx, noteId).orElseThrow(() -> new IllegalArgumentException("there is no such note"));
        tx.execute("INSERT INTO note_version(note_id, version, written_at, author, text) VALUES (?, ?, ?, ?, ?)",
                noteId, current.version(), versionTime(current).toEpochMilli(), versionAuthor(current),
                current.text());
        Instant at = now();
        int version = current.version() + 1;
        tx.execute("UPDATE note SET text = ?, version = ?, edited_at = ?, edited_by = ? WHERE id = ?", newText,
                version, at.toEpochMilli(), audit.actor(), noteId);
        audit.append(tx, AuditAction.NOTE_EDITED, subject(tx, current.caseId(), noteId), null);
        return new Note(noteId, current.caseId(), current.writtenAt(), current.author(), newText, version, at,
                audit.actor());
    }

    public Optional<Note> find(long noteId) {
        return vault.read(reader -> find(reader, noteId));
    }

    /** Notes of a case in the order they were written. */
    public List<Note> forCase(long caseId) {
        return vault.read(reader -> reader.query("SELECT * FROM note WHERE case_id = ? ORDER BY written_at, id",
                NoteRepository::note, caseId));
    }

    /** Every version of a note, oldest first; the last one is the current text. */
    public List<NoteVersion> history(long noteId) {
        return vault.read(reader -> {
            List<NoteVersion> versions = new ArrayList<>(reader.query(
                    "SELECT version, written_at, author, text FROM note_version WHERE note_id = ? ORDER BY version",
                    row -> new NoteVersion(row.getInt(1), Instant.ofEpochMilli(row.getLong(2)), row.getString(3),
                            row.getString(4)),
                    noteId));
            find(reader, noteId).ifPresent(current -> versions.add(new NoteVersion(current.version(),
                    versionTime(current), versionAuthor(current), current.text())));
            return versions;
        });
    }

    private static Optional<Note> find(Reader reader, long noteId) throws SQLException {
        return reader.queryOne("SELECT * FROM note WHERE id = ?", NoteRepository::note, noteId);
    }

    private static Note note(ResultSet row) throws SQLException {
        return new Note(row.getLong("id"), row.getLong("case_id"), Sql.instant(row, "written_at"),
                row.getString("author"), row.getString("text"), row.getInt("version"), Sql.instant(row, "edited_at"),
                row.getString("edited_by"));
    }

    private static Instant versionTime(Note note) {
        return note.editedAt() == null ? note.writtenAt() : note.editedAt();
    }

    private static String versionAuthor(Note note) {
        return note.editedBy() == null ? note.author() : note.editedBy();
    }

    private static String subject(Reader reader, long caseId, long noteId) throws SQLException {
        return CaseRepository.reference(reader, caseId) + " note:" + noteId;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs some text");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
