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
                PRIMARY KEY (table_id, period, revision, position)) WITHOUT ROWID""",
            // Counts bundles (ADR 0011). On the coordinator's casebook: its key pair, the imported bundles with
            // their exact counts, and the merged quarters as published (frozen like the casebook's own).
            """
            CREATE TABLE IF NOT EXISTS stats_bundle_key (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                key_id BLOB NOT NULL,
                private_key BLOB NOT NULL,
                public_key BLOB NOT NULL,
                created_at INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS stats_bundle (
                bundle_id BLOB PRIMARY KEY,
                laptop_id BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                counting_rule TEXT NOT NULL,
                first_period TEXT NOT NULL,
                last_period TEXT NOT NULL,
                imported_at INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS stats_bundle_cell (
                bundle_id BLOB NOT NULL,
                table_id TEXT NOT NULL,
                period TEXT NOT NULL,
                position INTEGER NOT NULL,
                count INTEGER NOT NULL CHECK (count >= 0),
                key_sum INTEGER NOT NULL CHECK (key_sum >= 0 AND key_sum < 256),
                PRIMARY KEY (bundle_id, table_id, period, position)) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS stats_merged_publication (
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
            CREATE TABLE IF NOT EXISTS stats_merged_cell (
                table_id TEXT NOT NULL,
                period TEXT NOT NULL,
                revision INTEGER NOT NULL,
                position INTEGER NOT NULL,
                value INTEGER,
                status TEXT NOT NULL,
                PRIMARY KEY (table_id, period, revision, position)) WITHOUT ROWID""",
            // The exact counts behind each publication of a quarter (ADR 0026), so that a revision can be checked
            // against every earlier one. Inside the encrypted casebook only; never exported.
            """
            CREATE TABLE IF NOT EXISTS stats_exact_snapshot (
                scope TEXT NOT NULL,
                table_id TEXT NOT NULL,
                period TEXT NOT NULL,
                revision INTEGER NOT NULL,
                position INTEGER NOT NULL,
                count INTEGER NOT NULL,
                key_sum INTEGER NOT NULL,
                PRIMARY KEY (scope, period, revision, table_id, position)) WITHOUT ROWID""",
            // On a laptop: its own random id and the coordinator's public key, imported once.
            """
            CREATE TABLE IF NOT EXISTS stats_laptop (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                laptop_id BLOB NOT NULL)""",
            // How many bundles this casebook has made: goes back with a restored backup, which is how two states of
            // one casebook are told apart (ADR 0033).
            """
            CREATE TABLE IF NOT EXISTS stats_bundle_sequence (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                exported INTEGER NOT NULL CHECK (exported >= 0))""",
            // On the coordinator: the casebook identity and sequence of each bundle that carries them (none for
            // bundles from an older Cairn). A table of its own so that casebooks holding bundles need no change.
            """
            CREATE TABLE IF NOT EXISTS stats_bundle_origin (
                bundle_id BLOB PRIMARY KEY,
                casebook BLOB NOT NULL,
                sequence INTEGER NOT NULL) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS stats_coordinator_key (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                key_id BLOB NOT NULL,
                public_key BLOB NOT NULL,
                imported_at INTEGER NOT NULL)""");
    private static final List<String> NAMES = STATEMENTS.stream()
            .map(s -> s.replaceFirst("(?s)^\\s*CREATE TABLE IF NOT EXISTS (\\w+).*", "$1")).toList();

    private StatsSchema() {
    }

    /** Creates what is missing; writes nothing (so logs nothing) when everything exists. */
    static void ensure(Tx tx) throws SQLException {
        long present = tx.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('"
                + String.join("', '", NAMES) + "')");
        if (present == STATEMENTS.size()) {
            return;
        }
        for (String statement : STATEMENTS) {
            tx.execute(statement);
        }
    }
}
