package org.cairn.stats;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * The tables the stats package keeps inside the casebook (ADR 0005). Created on first use through the logged
 * vault API, so they are encrypted, replayed and backed up like everything else. Prefixed {@code stats_} so they
 * cannot collide with the casebook schema.
 */
final class StatsSchema {
    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS stats_secret (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                secret BLOB NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS stats_record_key (
                case_id INTEGER PRIMARY KEY,
                record_key INTEGER NOT NULL CHECK (record_key >= 0))""",
            """
            CREATE TABLE IF NOT EXISTS stats_publication (
                table_id TEXT NOT NULL,
                period TEXT NOT NULL,
                revision INTEGER NOT NULL,
                threshold INTEGER NOT NULL,
                rounding_base INTEGER NOT NULL,
                counting_rule TEXT NOT NULL,
                method TEXT NOT NULL,
                published_at INTEGER NOT NULL,
                PRIMARY KEY (table_id, period, revision)) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS stats_published_cell (
                table_id TEXT NOT NULL,
                period TEXT NOT NULL,
                revision INTEGER NOT NULL,
                position INTEGER NOT NULL,
                value INTEGER,
                status TEXT NOT NULL,
                PRIMARY KEY (table_id, period, revision, position)) WITHOUT ROWID""");

    private StatsSchema() {
    }

    /** Creates what is missing; writes nothing (so logs nothing) when everything exists. */
    static void ensure(Tx tx) throws SQLException {
        long present = tx.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                + "('stats_secret', 'stats_record_key', 'stats_publication', 'stats_published_cell')");
        if (present == STATEMENTS.size()) {
            return;
        }
        for (String statement : STATEMENTS) {
            tx.execute(statement);
        }
    }
}
