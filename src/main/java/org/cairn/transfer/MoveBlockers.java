package org.cairn.transfer;

import java.sql.SQLException;
import java.util.Optional;
import org.cairn.vault.Reader;

/**
 * What keeps a case from being moved away (ADR 0043, addendum). Removing the sender's copy deletes every row of the
 * case, but a legal hold, a kept letter and a MARAC decision do not travel in a transfer file: a confirmed move
 * would destroy them. Until they travel, such a case can be shared, not moved.
 */
final class MoveBlockers {
    /** Why a case cannot be moved, as a reason code both refusals use. */
    enum Blocker {
        /** The case is under a legal hold, which nothing may delete. */
        ON_HOLD,
        /** The case has kept letters or MARAC decisions, which a transfer file does not carry yet. */
        RECORDS_STAY
    }

    private MoveBlockers() {
    }

    static Optional<Blocker> of(Reader reader, long caseId) throws SQLException {
        if (reader.queryLong("SELECT count(*) FROM retention_hold WHERE case_id = ?", caseId) > 0) {
            return Optional.of(Blocker.ON_HOLD);
        }
        if (reader.queryLong("SELECT count(*) FROM letter WHERE case_id = ?", caseId) > 0
                || reader.queryLong("SELECT count(*) FROM marac_decision WHERE case_id = ?", caseId) > 0) {
            return Optional.of(Blocker.RECORDS_STAY);
        }
        return Optional.empty();
    }
}
