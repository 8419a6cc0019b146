package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Keeps the address or contact details typed for a referral recipient who is not in the service directory, so
 * the referral's cover letter can be addressed again later (before, they lasted only while the case file was
 * open). Null for directory recipients, whose details live in the directory. Released with its fixture
 * (fixtures/v3): never edit this class, add the next {@link Migration}.
 */
final class SchemaV3 implements Migration {
    @Override
    public int version() {
        return 3;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        tx.execute("ALTER TABLE referral ADD COLUMN recipient_contact TEXT");
    }
}
