package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * Empties the audit rows about an anonymised case further than an erasure does (ADR 0058): besides the subject and
 * reason, each loses its exact time (kept as the first instant of its calendar quarter, which is all its link
 * hashes) and the name of whoever acted, with the salt of their commitment, so nobody can confirm a guess of either.
 */
final class AnonymisedAudit {
    private AnonymisedAudit() {
    }

    /**
     * Coarsens the rows {@code about} (a condition on subject taking the subject, then the subject and a space, then
     * the subject and '!') in the name of the erasure row {@code erasedBy}.
     */
    static void coarsen(Tx tx, long erasedBy, String about, String subject) throws SQLException {
        List<long[]> rows = tx.query("SELECT id, at FROM audit WHERE " + about + " ORDER BY id",
                row -> new long[] {row.getLong(1), row.getLong(2)}, subject, subject + " ", subject + "!");
        for (long[] row : rows) {
            // The quarter is computed here and bound, so replaying the log writes the same value.
            tx.execute("UPDATE audit SET subject = NULL, reason = NULL, salt = NULL, erased_by = ?, at = ?, "
                    + "actor = '', who_salt = NULL WHERE id = ?", erasedBy, AuditHash.quarterStart(row[1]), row[0]);
        }
    }
}
