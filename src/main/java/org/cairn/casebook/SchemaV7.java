package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Keeps, for each record that travelled between casebooks, the versions exchanged with each paired casebook: what
 * the three-way merge compares both copies with (their last common version), and what shows that the other
 * casebook once had a record it no longer sends (a deletion there, shown and never applied silently). ADR 0042.
 * Released with its fixture (fixtures/v7): never edit this class once released, add the next {@link Migration}.
 */
final class SchemaV7 implements Migration {
    @Override
    public int version() {
        return 7;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        // direction: SENT (in a file this casebook made) or RECEIVED (in a file it imported); sequence: that
        // file's number between the two casebooks. fields: the record's compared fields, encoded as in a transfer
        // payload's row. Same record, version, casebook and direction again keeps the latest file's number.
        tx.execute("""
                CREATE TABLE transfer_seen (
                    table_name TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    vv TEXT NOT NULL,
                    peer_uid TEXT NOT NULL,
                    direction TEXT NOT NULL CHECK (direction IN ('SENT', 'RECEIVED')),
                    sequence INTEGER NOT NULL,
                    fields BLOB NOT NULL,
                    PRIMARY KEY (table_name, uid, vv, peer_uid, direction)) WITHOUT ROWID""");
        tx.execute("CREATE INDEX transfer_seen_uid ON transfer_seen(uid)");
    }
}
