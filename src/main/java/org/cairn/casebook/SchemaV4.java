package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Adds {@code casebook_setting}: small named values that belong to one casebook and must travel, encrypted, with
 * it (the organisation's own edits to built-in name lists, a recovery key not yet confirmed as stored). Keys are
 * fixed strings chosen by the code; values are text. Released with its fixture (fixtures/v4): never edit this
 * class, add the next {@link Migration}.
 */
final class SchemaV4 implements Migration {
    @Override
    public int version() {
        return 4;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        tx.execute("""
                CREATE TABLE casebook_setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                )""");
    }
}
