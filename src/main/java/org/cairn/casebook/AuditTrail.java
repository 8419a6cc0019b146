package org.cairn.casebook;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * The append-only, hash-chained record of who did what. Hashes are computed here, in Java, and bound as
 * parameters, so replaying the redo log reproduces the chain exactly.
 */
public final class AuditTrail {
    private static final String COLUMNS = "id, at, actor, action, subject, reason";

    private final Transactions vault;
    private final Clock clock;
    private final String actor;
    private final SecureRandom random = new SecureRandom();
    // Schema steps append under the rule their step reached; the newest rule, once reached, never goes away.
    private volatile AuditChainRule rule = AuditChainRule.LEGACY;

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
        long atMillis = at.toEpochMilli();
        byte[] hash;
        AuditChainRule chainRule = rule(tx);
        if (chainRule == AuditChainRule.LEGACY) {
            hash = AuditHash.legacy(previous, id, atMillis, actor, action.name(), subject, reason);
            tx.execute("INSERT INTO audit(id, at, actor, action, subject, reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id, atMillis, actor, action.name(), subject, reason, hash);
        } else {
            // Salts are random but bound as parameters, so replaying the log gives the same row.
            byte[] salt = salt();
            byte[] commitment = AuditHash.commitment(salt, subject, reason);
            if (chainRule == AuditChainRule.CONTENT) {
                hash = AuditHash.link(previous, id, atMillis, actor, action.name(), commitment);
                tx.execute("INSERT INTO audit(id, at, actor, action, subject, reason, hash, salt, commitment) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, atMillis, actor, action.name(), subject,
                        reason, hash, salt, commitment);
            } else {
                byte[] whoSalt = salt();
                byte[] who = AuditHash.whoCommitment(whoSalt, atMillis, actor);
                hash = AuditHash.linkV2(previous, id, atMillis, action.name(), who, commitment);
                tx.execute("INSERT INTO audit(id, at, actor, action, subject, reason, hash, salt, commitment, "
                        + "who_salt, who_commitment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, atMillis, actor,
                        action.name(), subject, reason, hash, salt, commitment, whoSalt, who);
            }
        }
        tx.execute("INSERT INTO audit_head(one, last_id, last_hash) VALUES (1, ?, ?) "
                + "ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
                id, hash);
        return new AuditEntry(id, at, actor, action, subject, reason);
    }

    private AuditChainRule rule(Tx tx) throws SQLException {
        AuditChainRule known = rule;
        if (known != AuditChainRule.WHO) {
            known = AuditChainRule.of(tx);
            rule = known;
        }
        return known;
    }

    private byte[] salt() {
        byte[] salt = new byte[AuditHash.SALT_BYTES];
        random.nextBytes(salt);
        return salt;
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

    /**
     * Walks the whole chain in id order; reports the first row that was edited, removed or cut off. A row whose
     * content was erased still checks through its commitment, and must name the later erasure row that removed it.
     */
    public AuditVerification verify() {
        return AuditChainCheck.verify(vault);
    }

    private static AuditEntry entry(java.sql.ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), Instant.ofEpochMilli(row.getLong("at")), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), row.getString("subject"), row.getString("reason"));
    }

    record Head(long lastId, byte[] lastHash) {
    }
}
