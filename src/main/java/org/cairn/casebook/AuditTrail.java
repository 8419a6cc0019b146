package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * The append-only, hash-chained record of who did what. Hashes are computed here, in Java, and bound as
 * parameters, so replaying the redo log reproduces the chain exactly.
 */
public final class AuditTrail {
    private static final long VERIFY_CHUNK = 5_000;
    private static final String COLUMNS = "id, at, actor, action, subject, reason";

    private final Transactions vault;
    private final Clock clock;
    private final String actor;

    public AuditTrail(Transactions vault, Clock clock, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("the acting user must be named");
        }
        this.vault = Objects.requireNonNull(vault);
        this.clock = Objects.requireNonNull(clock);
        this.actor = actor;
    }

    public String actor() {
        return actor;
    }

    /** Records an event that changes nothing else (a case file opened, a letter printed) in its own transaction. */
    public AuditEntry record(AuditAction action, String subject) {
        return record(action, subject, null);
    }

    public AuditEntry record(AuditAction action, String subject, String reason) {
        return vault.write(tx -> append(tx, action, subject, reason));
    }

    /** Appends a row inside the caller's transaction, so the change and its audit row commit together. */
    public AuditEntry append(Tx tx, AuditAction action, String subject, String reason) throws SQLException {
        Objects.requireNonNull(action, "action");
        Optional<Head> head = tx.queryOne("SELECT last_id, last_hash FROM audit_head WHERE one = 1",
                row -> new Head(row.getLong(1), row.getBytes(2)));
        long id = head.map(h -> h.lastId() + 1).orElse(1L);
        byte[] previous = head.map(Head::lastHash).orElse(AuditHash.GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] hash = AuditHash.next(previous, id, at.toEpochMilli(), actor, action.name(), subject, reason);
        tx.execute("INSERT INTO audit(id, at, actor, action, subject, reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, at.toEpochMilli(), actor, action.name(), subject, reason, hash);
        tx.execute("INSERT INTO audit_head(one, last_id, last_hash) VALUES (1, ?, ?) "
                + "ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
                id, hash);
        return new AuditEntry(id, at, actor, action, subject, reason);
    }

    /** The newest {@code limit} rows, newest first. */
    public List<AuditEntry> recent(int limit) {
        return vault.read(reader -> reader.query(
                "SELECT " + COLUMNS + " FROM audit ORDER BY id DESC LIMIT ?", AuditTrail::entry, (long) limit));
    }

    /**
     * Every row about one subject, oldest first, including rows about its parts: for a case reference, also
     * {@code "C-2026-0042 note:17"} and {@code "C-2026-0042 task:3"}.
     */
    public List<AuditEntry> forSubject(String subject) {
        // ' ' and '!' are adjacent code points, so the range is exactly the subject followed by a space.
        return vault.read(reader -> reader.query("SELECT " + COLUMNS
                + " FROM audit WHERE subject = ? OR (subject >= ? AND subject < ?) ORDER BY id", AuditTrail::entry,
                subject, subject + " ", subject + "!"));
    }

    /** The newest row recording {@code action}, for example the last backup. */
    public java.util.Optional<AuditEntry> latest(AuditAction action) {
        return vault.read(reader -> reader.queryOne("SELECT " + COLUMNS
                + " FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1", AuditTrail::entry, action.name()));
    }

    public long size() {
        return vault.read(reader -> reader.queryLong("SELECT count(*) FROM audit"));
    }

    /** Walks the whole chain in id order; reports the first row that was edited, removed or cut off. */
    public AuditVerification verify() {
        long expectedId = 1;
        byte[] previous = AuditHash.GENESIS;
        while (true) {
            long after = expectedId - 1;
            Chunk chunk = vault.read(reader -> readChunk(reader, after));
            if (chunk.rows().isEmpty()) {
                return checkHead(chunk.head(), expectedId - 1, previous);
            }
            for (RawRow row : chunk.rows()) {
                if (row.id() != expectedId) {
                    return AuditVerification.broken(expectedId - 1, expectedId, AuditVerification.Problem.MISSING);
                }
                byte[] hash = AuditHash.next(previous, row.id(), row.at(), row.actor(), row.action(), row.subject(),
                        row.reason());
                if (!Arrays.equals(hash, row.hash())) {
                    return AuditVerification.broken(expectedId - 1, row.id(), AuditVerification.Problem.EDITED);
                }
                previous = hash;
                expectedId++;
            }
        }
    }

    private static AuditVerification checkHead(Optional<Head> head, long lastId, byte[] lastHash) {
        if (head.isEmpty()) {
            return lastId == 0 ? AuditVerification.ok(0)
                    : AuditVerification.broken(lastId, lastId, AuditVerification.Problem.TRUNCATED);
        }
        Head h = head.get();
        if (h.lastId() != lastId || !Arrays.equals(h.lastHash(), lastHash)) {
            return AuditVerification.broken(lastId, Math.min(h.lastId(), lastId) + 1,
                    AuditVerification.Problem.TRUNCATED);
        }
        return AuditVerification.ok(lastId);
    }

    private static Chunk readChunk(Reader reader, long afterId) throws SQLException {
        List<RawRow> rows = reader.query("SELECT " + COLUMNS + ", hash FROM audit WHERE id > ? ORDER BY id LIMIT ?",
                row -> new RawRow(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBytes(7)),
                afterId, VERIFY_CHUNK);
        Optional<Head> head = reader.queryOne("SELECT last_id, last_hash FROM audit_head WHERE one = 1",
                row -> new Head(row.getLong(1), row.getBytes(2)));
        return new Chunk(rows, head);
    }

    private static AuditEntry entry(java.sql.ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), Instant.ofEpochMilli(row.getLong("at")), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), row.getString("subject"), row.getString("reason"));
    }

    private record Head(long lastId, byte[] lastHash) {
    }

    private record RawRow(long id, long at, String actor, String action, String subject, String reason,
            byte[] hash) {
    }

    private record Chunk(List<RawRow> rows, Optional<Head> head) {
    }
}
