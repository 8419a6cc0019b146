package org.cairn.casebook;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Tx;

/**
 * Moves the audit trail to the chain whose rows commit to who and when through a salted hash of their own (ADR
 * 0058), as {@link AuditChainUpgrade} moved it to commitments for content. The chain is checked with the schema 5
 * rule as it is re-chained: rows up to the first problem get the new hash, and the problem (an edited row, a gap,
 * a cut-off end) is left as broken under the new rule, so the upgrade never launders tampering. Salts are made here
 * and bound as parameters, so replaying the log gives the same rows. Rows are read a chunk at a time.
 */
final class AuditWhoUpgrade {
    private static final long CHUNK = 5_000;

    private AuditWhoUpgrade() {
    }

    static void upgrade(Tx tx, SecureRandom random) throws SQLException {
        tx.execute("ALTER TABLE audit ADD COLUMN who_salt BLOB");
        tx.execute("ALTER TABLE audit ADD COLUMN who_commitment BLOB");
        // A trigger already dropped by someone editing the file must not stop the upgrade; the chain shows the edit.
        tx.execute("DROP TRIGGER IF EXISTS audit_no_update");
        rechain(tx, random);
        // The only changes a row may ever take, each under a named later erasure row: its content and salt removed
        // (an erasure), or that and its exact time and actor with their salt too (an anonymised case's row), the
        // time becoming its quarter's first instant (UTC), under an anonymisation or one applied again.
        tx.execute("""
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                WHEN NOT (old.salt IS NOT NULL AND new.salt IS NULL AND new.subject IS NULL AND new.reason IS NULL
                    AND new.erased_by IS NOT NULL AND new.erased_by > old.id AND new.id = old.id
                    AND new.action = old.action AND new.hash = old.hash AND new.commitment IS old.commitment
                    AND new.who_commitment IS old.who_commitment
                    AND ((new.at = old.at AND new.actor = old.actor AND new.who_salt IS old.who_salt)
                        OR (old.who_salt IS NOT NULL AND new.who_salt IS NULL AND new.actor = ''
                            AND new.at = 1000 * CAST(strftime('%s', old.at / 1000, 'unixepoch', 'start of month',
                                '-' || ((CAST(strftime('%m', old.at / 1000, 'unixepoch') AS INTEGER) - 1) % 3)
                                || ' months') AS INTEGER)
                            AND (SELECT action FROM audit WHERE id = new.erased_by)
                                IN ('CASE_ANONYMISED', 'ERASURE_REAPPLIED'))))
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""");
    }

    private static void rechain(Tx tx, SecureRandom random) throws SQLException {
        byte[] oldPrevious = AuditHash.GENESIS;
        byte[] newPrevious = AuditHash.GENESIS;
        long expectedId = 1;
        boolean intact = true;
        long after = 0;
        while (true) {
            List<Row> rows = tx.query("SELECT id, at, actor, action, subject, reason, hash, salt, commitment, "
                    + "erased_by FROM audit WHERE id > ? ORDER BY id LIMIT ?", row -> new Row(row.getLong(1),
                            row.getLong(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                            row.getBytes(7), row.getBytes(8), row.getBytes(9),
                            row.getObject(10) == null ? null : row.getLong(10)), after, CHUNK);
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                byte[] whoSalt = new byte[AuditHash.SALT_BYTES];
                random.nextBytes(whoSalt);
                byte[] who = AuditHash.whoCommitment(whoSalt, row.at(), row.actor());
                if (intact) {
                    intact = row.id() == expectedId && contentHolds(row);
                }
                if (intact) {
                    byte[] old = AuditHash.link(oldPrevious, row.id(), row.at(), row.actor(), row.action(),
                            row.commitment());
                    intact = Arrays.equals(old, row.hash());
                    oldPrevious = old;
                }
                if (intact) {
                    newPrevious = AuditHash.linkV2(newPrevious, row.id(), row.at(), row.action(), who,
                            row.commitment());
                    tx.execute("UPDATE audit SET who_salt = ?, who_commitment = ?, hash = ? WHERE id = ?", whoSalt,
                            who, newPrevious, row.id());
                } else {
                    tx.execute("UPDATE audit SET who_salt = ?, who_commitment = ? WHERE id = ?", whoSalt, who,
                            row.id());
                }
                expectedId++;
                after = row.id();
            }
        }
        Optional<AuditTrail.Head> head = tx.queryOne("SELECT last_id, last_hash FROM audit_head WHERE one = 1",
                row -> new AuditTrail.Head(row.getLong(1), row.getBytes(2)));
        boolean headMatches = head.isPresent() && head.get().lastId() == expectedId - 1
                && Arrays.equals(head.get().lastHash(), oldPrevious);
        if (intact && headMatches) {
            tx.execute("UPDATE audit_head SET last_hash = ? WHERE one = 1", newPrevious);
        }
    }

    /** Whether the row's content still matches its commitment, or was removed as an erasure removes it. */
    private static boolean contentHolds(Row row) {
        if (row.commitment() == null || row.commitment().length != AuditHash.BYTES) {
            return false;
        }
        if (row.salt() != null) {
            return Arrays.equals(AuditHash.commitment(row.salt(), row.subject(), row.reason()), row.commitment());
        }
        return row.subject() == null && row.reason() == null && row.erasedBy() != null && row.erasedBy() > row.id();
    }

    private record Row(long id, long at, String actor, String action, String subject, String reason, byte[] hash,
            byte[] salt, byte[] commitment, Long erasedBy) {
    }
}
