package org.cairn.casebook;

import java.security.SecureRandom;
import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Re-chains the audit trail so that each row commits to its exact time and actor through a salted hash of its own
 * and keeps only the calendar quarter in the link (ADR 0058): the rows about an anonymised case can then lose their
 * exact time and the advocate's name while the chain still checks.
 * Released with its fixture (fixtures/v9): never edit this class once released, add the next {@link Migration}.
 */
final class SchemaV9 implements Migration {
    @Override
    public int version() {
        return 9;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        AuditWhoUpgrade.upgrade(tx, new SecureRandom());
    }
}
