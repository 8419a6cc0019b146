package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Tx;

/**
 * Gives the rows an anonymised case keeps (its referrals and completed safety plans) lasting ids they never had, and
 * resets the version vectors of those rows and of the case to a first change here (ADR 0058): a paired casebook's
 * copy of the same referral or form then shares no id with them, and no vector names the casebooks the case was
 * shared with. A lasting id never changes otherwise, so the trigger that refuses it is set aside for this one
 * statement per row and put back as it was, in the same transaction.
 */
final class AnonymisedUids {
    private static final String FIRST_CHANGE = "json_object((SELECT uid FROM casebook_identity), 1)";

    private AnonymisedUids() {
    }

    static void renew(Tx tx, long caseId) throws SQLException {
        for (String table : List.of("referral", "case_form")) {
            List<Long> ids = tx.query("SELECT id FROM " + table + " WHERE case_id = ? ORDER BY id",
                    row -> row.getLong(1), caseId);
            if (ids.isEmpty()) {
                continue;
            }
            Optional<String> kept = tx.queryOne("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    row -> row.getString(1), table + "_uid_kept");
            if (kept.isPresent()) {
                tx.execute("DROP TRIGGER " + table + "_uid_kept");
            }
            for (long id : ids) {
                // Made in Java and bound, so replaying the log gives the same ids.
                tx.execute("UPDATE " + table + " SET uid = ?, vv = " + FIRST_CHANGE + " WHERE id = ?",
                        RecordIds.newId(), id);
            }
            if (kept.isPresent()) {
                tx.execute(kept.get());
            }
        }
        tx.execute("UPDATE case_file SET vv = " + FIRST_CHANGE + " WHERE id = ?", caseId);
    }
}
