package org.cairn.casebook;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * Gives every record that can travel between casebooks a lasting identity and a version vector, gives the
 * casebook its own identity, and adds the tables for pairing with other casebooks and for transfers. Existing rows
 * get their ids here, made in Java and bound as parameters so that replaying the log gives the same ids. Released
 * with its fixture (fixtures/v6): never edit this class once released, add the next {@link Migration}.
 */
final class SchemaV6 implements Migration {
    /** Every table whose rows travel in a transfer file and so need an id that never changes. */
    static final List<String> IDENTIFIED_TABLES = List.of("client", "case_file", "note", "task", "consent",
            "case_form", "referral", "client_abuser", "client_blocked_recipient");
    /** Rows given their ids per statement; keeps each recorded statement small at 100k cases. */
    private static final int BATCH = 400;

    @Override
    public int version() {
        return 6;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        String casebook = RecordIds.newId();
        tx.execute("""
                CREATE TABLE casebook_identity (
                    one INTEGER PRIMARY KEY CHECK (one = 1),
                    uid TEXT NOT NULL)""");
        tx.execute("INSERT INTO casebook_identity(one, uid) VALUES (1, ?)", casebook);
        for (String table : IDENTIFIED_TABLES) {
            identify(tx, table, VersionVector.first(casebook).toText());
        }
        transfers(tx);
    }

    private static void identify(Tx tx, String table, String firstVersion) throws SQLException {
        tx.execute("ALTER TABLE " + table + " ADD COLUMN uid TEXT");
        // The version vector: casebook id -> number of changes that casebook made (see VersionVector).
        tx.execute("ALTER TABLE " + table + " ADD COLUMN vv TEXT");
        List<Long> ids = tx.query("SELECT id FROM " + table + " ORDER BY id", row -> row.getLong(1));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            StringBuilder values = new StringBuilder();
            List<Object> params = new ArrayList<>();
            params.add(firstVersion);
            for (Long id : batch) {
                values.append(values.length() == 0 ? "(?, ?)" : ", (?, ?)");
                params.add(id);
                params.add(RecordIds.newId());
            }
            tx.execute("UPDATE " + table + " SET uid = v.column2, vv = ? FROM (VALUES " + values + ") AS v "
                    + "WHERE " + table + ".id = v.column1", params.toArray());
        }
        tx.execute("CREATE UNIQUE INDEX " + table + "_uid ON " + table + "(uid)");
        // Every write path must give an id; a forgotten one fails at once instead of leaving a row without one.
        tx.execute("CREATE TRIGGER " + table + "_uid_required BEFORE INSERT ON " + table
                + " WHEN new.uid IS NULL BEGIN SELECT RAISE(ABORT, 'a new row needs its uid'); END");
        tx.execute("CREATE TRIGGER " + table + "_uid_kept BEFORE UPDATE OF uid ON " + table
                + " WHEN new.uid IS NOT old.uid BEGIN SELECT RAISE(ABORT, 'a uid never changes'); END");
        // A row made here starts at {this casebook: 1}; a row that arrives with its vector (an import) keeps it.
        tx.execute("CREATE TRIGGER " + table + "_vv_new AFTER INSERT ON " + table + " WHEN new.vv IS NULL BEGIN "
                + "UPDATE " + table + " SET vv = json_object((SELECT uid FROM casebook_identity), 1) "
                + "WHERE id = new.id; END");
        // Any change that does not set the vector itself counts one more change by this casebook. Triggers are
        // plain SQL over stored values, so replaying the log counts the same.
        tx.execute("CREATE TRIGGER " + table + "_vv_change AFTER UPDATE ON " + table
                + " WHEN new.vv IS old.vv BEGIN UPDATE " + table + " SET vv = json_set(coalesce(new.vv, '{}'), "
                + "'$.\"' || (SELECT uid FROM casebook_identity) || '\"', coalesce(json_extract(new.vv, "
                + "'$.\"' || (SELECT uid FROM casebook_identity) || '\"'), 0) + 1) WHERE id = new.id; END");
    }

    /** Paired casebooks, this casebook's own transfer keys, and what each transfer brought. */
    private static void transfers(Tx tx) throws SQLException {
        // The private keys live here, inside the encrypted casebook, and nowhere else.
        tx.execute("""
                CREATE TABLE transfer_key (
                    one INTEGER PRIMARY KEY CHECK (one = 1),
                    receiving_private BLOB NOT NULL,
                    receiving_public BLOB NOT NULL,
                    signing_private BLOB NOT NULL,
                    signing_public BLOB NOT NULL,
                    made_at INTEGER NOT NULL)""");
        tx.execute("""
                CREATE TABLE paired_casebook (
                    id INTEGER PRIMARY KEY,
                    casebook_uid TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL UNIQUE,
                    receiving_key BLOB NOT NULL,
                    signing_key BLOB NOT NULL,
                    fingerprint TEXT NOT NULL,
                    paired_at INTEGER NOT NULL,
                    paired_by TEXT NOT NULL,
                    last_sent INTEGER NOT NULL DEFAULT 0,
                    last_received INTEGER NOT NULL DEFAULT 0)""");
        tx.execute("""
                CREATE TABLE transfer_received (
                    id INTEGER PRIMARY KEY,
                    sender_uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    received_at INTEGER NOT NULL,
                    received_by TEXT NOT NULL,
                    new_cases INTEGER NOT NULL,
                    unchanged_cases INTEGER NOT NULL,
                    UNIQUE (sender_uid, sequence))""");
        // The sending casebook's audit summary of a case, kept beside (never inside) this casebook's own chain.
        tx.execute("""
                CREATE TABLE case_history_elsewhere (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES case_file(id),
                    casebook_uid TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL)""");
        tx.execute("CREATE INDEX case_history_elsewhere_case ON case_history_elsewhere(case_id, at)");
    }
}
