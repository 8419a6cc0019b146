package org.cairn.casebook;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Tx;

/**
 * Moves an existing audit trail to the chain that allows erasure (ADR 0041). The old chain is checked with the old
 * rule as it is re-chained: rows up to the first problem get the new hash, and the problem itself (an edited row, a
 * gap, a cut-off end) is left exactly as broken under the new rule, so an upgrade never launders tampering. Salts
 * are made here and bound as parameters, so replaying the log gives the same rows.
 */
final class AuditChainUpgrade {
    private static final long CHUNK = 5_000;

    private AuditChainUpgrade() {
    }

    static void upgrade(Tx tx, SecureRandom random) throws SQLException {
        tx.execute("ALTER TABLE audit ADD COLUMN salt BLOB");
        tx.execute("ALTER TABLE audit ADD COLUMN commitment BLOB");
        tx.execute("ALTER TABLE audit ADD COLUMN erased_by INTEGER");
        // A trigger already dropped by someone editing the file must not stop the upgrade; the chain shows the edit.
        tx.execute("DROP TRIGGER IF EXISTS audit_no_update");
        rechain(tx, random);
        // The only change a row may ever take: its content and salt removed by a named erasure, all else kept.
        tx.execute("""
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                WHEN NOT (old.salt IS NOT NULL AND new.salt IS NULL AND new.subject IS NULL AND new.reason IS NULL
                    AND new.erased_by IS NOT NULL AND new.erased_by > old.id AND new.id = old.id AND new.at = old.at
                    AND new.actor = old.actor AND new.action = old.action AND new.hash = old.hash
                    AND new.commitment IS old.commitment)
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""");
    }

    private static void rechain(Tx tx, SecureRandom random) throws SQLException {
        byte[] oldPrevious = AuditHash.GENESIS;
        byte[] newPrevious = AuditHash.GENESIS;
        long expectedId = 1;
        boolean intact = true;
        long after = 0;
        while (true) {
            List<Row> rows = tx.query("SELECT id, at, actor, action, subject, reason, hash FROM audit WHERE id > ? "
                    + "ORDER BY id LIMIT ?", row -> new Row(row.getLong(1), row.getLong(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getBytes(7)), after, CHUNK);
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                byte[] salt = new byte[AuditHash.SALT_BYTES];
                random.nextBytes(salt);
                byte[] commitment = AuditHash.commitment(salt, row.subject(), row.reason());
                if (intact) {
                    byte[] legacy = AuditHash.legacy(oldPrevious, row.id(), row.at(), row.actor(), row.action(),
                            row.subject(), row.reason());
                    intact = row.id() == expectedId && Arrays.equals(legacy, row.hash());
                    oldPrevious = legacy;
                }
                if (intact) {
                    newPrevious = AuditHash.link(newPrevious, row.id(), row.at(), row.actor(), row.action(),
                            commitment);
                    tx.execute("UPDATE audit SET salt = ?, commitment = ?, hash = ? WHERE id = ?", salt, commitment,
                            newPrevious, row.id());
                } else {
                    tx.execute("UPDATE audit SET salt = ?, commitment = ? WHERE id = ?", salt, commitment, row.id());
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

    private record Row(long id, long at, String actor, String action, String subject, String reason, byte[] hash) {
    }
}
