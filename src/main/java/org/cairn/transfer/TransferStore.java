package org.cairn.transfer;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/** The transfer tables of a casebook: its own keys, the casebooks it is paired with, and transfers received. */
final class TransferStore {
    private final Clock clock;
    private final SecureRandom random;

    long clockMillis() {
        return clock.millis();
    }

    TransferStore(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** This casebook's keys, made (inside {@code tx}) the first time they are needed. */
    TransferKeys keys(Tx tx) throws SQLException {
        Optional<TransferKeys> kept = existingKeys(tx);
        if (kept.isPresent()) {
            return kept.get();
        }
        TransferKeys made = TransferKeys.generate(random);
        tx.execute("""
                INSERT INTO transfer_key(one, receiving_private, receiving_public, signing_private, signing_public,
                    made_at)
                VALUES (1, ?, ?, ?, ?, ?)""", made.receivingPrivate(), made.receivingPublic(), made.signingPrivate(),
                made.signingPublic(), clock.millis());
        return made;
    }

    Optional<TransferKeys> existingKeys(Reader reader) throws SQLException {
        return reader.queryOne("""
                SELECT receiving_private, receiving_public, signing_private, signing_public FROM transfer_key""",
                row -> new TransferKeys(row.getBytes(1), row.getBytes(2), row.getBytes(3), row.getBytes(4)));
    }

    static String casebookId(Reader reader) throws SQLException {
        return reader.queryOne("SELECT uid FROM casebook_identity", row -> row.getString(1)).orElseThrow();
    }

    void pair(Tx tx, String name, PairingCard card, String by) throws SQLException {
        tx.execute("""
                INSERT INTO paired_casebook(casebook_uid, name, receiving_key, signing_key, fingerprint, paired_at,
                    paired_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", card.casebookId(), name, card.receivingKey(), card.signingKey(),
                card.fingerprint(), clock.millis(), by);
    }

    static Optional<PairedCasebook> byName(Reader reader, String name) throws SQLException {
        return reader.queryOne(SELECT + " WHERE name = ?", TransferStore::paired, name);
    }

    static Optional<PairedCasebook> byCasebookId(Reader reader, String casebookId) throws SQLException {
        return reader.queryOne(SELECT + " WHERE casebook_uid = ?", TransferStore::paired, casebookId);
    }

    static List<PairedCasebook> all(Reader reader) throws SQLException {
        return reader.query(SELECT + " ORDER BY name COLLATE NOCASE", TransferStore::paired);
    }

    /** The next sequence number for a file to {@code to}; counted once per file made, never reused. */
    static long nextSequence(Tx tx, PairedCasebook to) throws SQLException {
        tx.execute("UPDATE paired_casebook SET last_sent = last_sent + 1 WHERE casebook_uid = ?",
                to.card().casebookId());
        return tx.queryLong("SELECT last_sent FROM paired_casebook WHERE casebook_uid = ?", to.card().casebookId());
    }

    static Optional<Instant> receivedAt(Reader reader, String sender, long sequence) throws SQLException {
        return reader.queryOne("SELECT received_at FROM transfer_received WHERE sender_uid = ? AND sequence = ?",
                row -> Instant.ofEpochMilli(row.getLong(1)), sender, sequence);
    }

    void recordReceived(Tx tx, String sender, long sequence, TransferKind kind, String by, int newCases,
            int unchanged) throws SQLException {
        tx.execute("""
                INSERT INTO transfer_received(sender_uid, sequence, kind, received_at, received_by, new_cases,
                    unchanged_cases)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", sender, sequence, kind.name(), clock.millis(), by, newCases,
                unchanged);
        tx.execute("UPDATE paired_casebook SET last_received = max(last_received, ?) WHERE casebook_uid = ?",
                sequence, sender);
    }

    private static final String SELECT = """
            SELECT name, casebook_uid, receiving_key, signing_key, paired_at, paired_by, last_sent, last_received
            FROM paired_casebook""";

    private static PairedCasebook paired(ResultSet row) throws SQLException {
        return new PairedCasebook(row.getString(1), new PairingCard(row.getString(2), row.getBytes(3),
                row.getBytes(4)), Instant.ofEpochMilli(row.getLong(5)), row.getString(6), row.getLong(7),
                row.getLong(8));
    }
}
