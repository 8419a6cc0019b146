package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Adds the tables for restricted cases (a case whose content only named people can open) and for retention and
 * subject access (holds, review decisions and the clock on a client's request for her records). Released with its
 * fixture (fixtures/v5): never edit this class once released, add the next {@link Migration}.
 */
final class SchemaV5 implements Migration {
    @Override
    public int version() {
        return 5;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        restrictedCases(tx);
        retention(tx);
        erasure(tx);
    }

    /**
     * A restricted case keeps its coded fields (for counts) in {@code case_file}; everything that could identify or
     * describe her is sealed in {@code sealed} under a per-case key, and that key is wrapped once for every holder
     * (a person, or the recovery key).
     */
    private static void restrictedCases(Tx tx) throws SQLException {
        tx.execute("""
                CREATE TABLE case_restriction (
                    case_id INTEGER PRIMARY KEY NOT NULL REFERENCES case_file(id),
                    sealed BLOB NOT NULL,
                    restricted_at INTEGER NOT NULL
                )""");
        tx.execute("""
                CREATE TABLE case_restriction_key (
                    case_id INTEGER NOT NULL REFERENCES case_restriction(case_id),
                    holder TEXT NOT NULL,
                    wrapped BLOB NOT NULL,
                    PRIMARY KEY (case_id, holder)
                )""");
    }

    /** Legal holds stop a case's retention clock; every review decision is kept, even after the case is erased. */
    private static void retention(Tx tx) throws SQLException {
        tx.execute("""
                CREATE TABLE retention_hold (
                    case_id INTEGER PRIMARY KEY NOT NULL REFERENCES case_file(id),
                    reason TEXT NOT NULL,
                    review_on TEXT NOT NULL,
                    placed_by TEXT NOT NULL,
                    placed_at INTEGER NOT NULL
                )""");
        tx.execute("""
                CREATE TABLE retention_decision (
                    id INTEGER PRIMARY KEY,
                    case_reference TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    keep_until TEXT,
                    reason TEXT NOT NULL,
                    decided_by TEXT NOT NULL,
                    decided_at INTEGER NOT NULL
                )""");
        tx.execute("""
                CREATE TABLE subject_access_request (
                    id INTEGER PRIMARY KEY,
                    client_id INTEGER REFERENCES client(id),
                    received_on TEXT NOT NULL,
                    extended_on TEXT,
                    extension_reason TEXT,
                    completed_on TEXT,
                    recorded_by TEXT NOT NULL
                )""");
    }

    /**
     * Erasure that is real (ADR 0041): the audit chain commits to each row's content through a salted hash, so the
     * content and salt can go while the chain still checks; existing rows are re-chained here. The journal names
     * each erasure by identifiers only, so a restored older backup can have it applied again.
     */
    private static void erasure(Tx tx) throws SQLException {
        AuditChainUpgrade.upgrade(tx, new java.security.SecureRandom());
        tx.execute("""
                CREATE TABLE erasure_journal (
                    erasure_id TEXT PRIMARY KEY NOT NULL,
                    scope TEXT NOT NULL,
                    client_id INTEGER NOT NULL,
                    client_created_at INTEGER NOT NULL,
                    case_ids TEXT NOT NULL,
                    erased_at INTEGER NOT NULL,
                    audit_id INTEGER NOT NULL,
                    reapplied INTEGER NOT NULL
                )""");
    }
}
