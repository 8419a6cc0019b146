package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/**
 * Adds the tables for restricted cases (a case whose content only named people can open) and for retention and
 * subject access (holds, review decisions and the clock on a client's request for her records), and re-chains the
 * audit trail so content can be erased. Released together with v6, whose fixture (fixtures/v6) carries v5's content
 * too: never edit this class, add the next {@link Migration}.
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
     * (a person, or the recovery key). {@code holders_version} counts changes to the holders and is bound into the
     * seal. The triggers refuse, whatever the caller, any write that would put content of a restricted case back
     * in plain text (docs/adr/0038-restricted-cases.md); the message is the code the use cases look for.
     */
    private static void restrictedCases(Tx tx) throws SQLException {
        tx.execute("""
                CREATE TABLE case_restriction (
                    case_id INTEGER PRIMARY KEY NOT NULL REFERENCES case_file(id),
                    sealed BLOB NOT NULL,
                    holders_version INTEGER NOT NULL,
                    restricted_at INTEGER NOT NULL,
                    restricted_by TEXT NOT NULL
                )""");
        tx.execute("""
                CREATE TABLE case_restriction_key (
                    case_id INTEGER NOT NULL REFERENCES case_restriction(case_id),
                    holder TEXT NOT NULL,
                    wrapped BLOB NOT NULL,
                    PRIMARY KEY (case_id, holder)
                )""");
        String byCase = "EXISTS (SELECT 1 FROM case_restriction WHERE case_id = %s)";
        String byClient = "EXISTS (SELECT 1 FROM case_restriction r JOIN case_file c ON c.id = r.case_id "
                + "WHERE c.client_id = %s)";
        String byForm = "EXISTS (SELECT 1 FROM case_restriction r JOIN case_form f ON f.case_id = r.case_id "
                + "WHERE f.id = %s)";
        String byNote = "EXISTS (SELECT 1 FROM case_restriction r JOIN note n ON n.case_id = r.case_id "
                + "WHERE n.id = %s)";
        String[][] guards = {
            {"note", "INSERT", byCase.formatted("new.case_id")},
            {"note", "UPDATE", byCase.formatted("old.case_id")},
            {"note_version", "INSERT", byNote.formatted("new.note_id")},
            {"task", "INSERT", byCase.formatted("new.case_id")},
            {"task", "UPDATE OF title", byCase.formatted("old.case_id")},
            {"letter", "INSERT", byCase.formatted("new.case_id")},
            {"referral", "INSERT", byCase.formatted("new.case_id")},
            {"risk_change", "INSERT", byCase.formatted("new.case_id")},
            {"marac_decision", "INSERT", byCase.formatted("new.case_id")},
            {"case_form", "INSERT", byCase.formatted("new.case_id")},
            {"case_form_answer", "INSERT", byForm.formatted("new.form_id")},
            {"case_file", "UPDATE OF home_office_reference", byCase.formatted("old.id")},
            {"client", "UPDATE", byClient.formatted("old.id")},
            {"client_abuser", "INSERT", byClient.formatted("new.client_id")},
            {"client_blocked_recipient", "INSERT", byClient.formatted("new.client_id")},
            {"client_language", "INSERT", byClient.formatted("new.client_id")},
            {"consent", "INSERT", byClient.formatted("new.client_id")},
        };
        for (String[] guard : guards) {
            String event = guard[1].replace(" OF ", "_").toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
            tx.execute("CREATE TRIGGER restricted_" + guard[0] + "_" + event + " BEFORE " + guard[1] + " ON "
                    + guard[0] + " WHEN " + guard[2] + " BEGIN SELECT RAISE(ABORT, 'cairn: the case is restricted'); END");
        }
    }

    /**
     * Legal holds stop a case's retention clock; every review decision is kept, even after the case is erased (so
     * it names the case by reference too). A subject access request carries its own clock and the review of the
     * third-party data in her copy; a rectification keeps the value it corrected.
     */
    private static void retention(Tx tx) throws SQLException {
        tx.execute("""
                CREATE TABLE retention_hold (
                    case_id INTEGER PRIMARY KEY NOT NULL REFERENCES case_file(id),
                    reason TEXT NOT NULL,
                    review_on TEXT NOT NULL,
                    placed_by TEXT NOT NULL,
                    placed_at INTEGER NOT NULL
                )""");
        // decision: KEEP (until keep_until), ERASE or ANONYMISE; carried_out_at stays null until the erasure runs.
        tx.execute("""
                CREATE TABLE retention_decision (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER,
                    case_reference TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    keep_until TEXT,
                    reason TEXT NOT NULL,
                    decided_by TEXT NOT NULL,
                    decided_at INTEGER NOT NULL,
                    carried_out_at INTEGER
                )""");
        tx.execute("CREATE INDEX retention_decision_case ON retention_decision(case_id, decided_at)");
        tx.execute("""
                CREATE TABLE subject_access_request (
                    id INTEGER PRIMARY KEY,
                    client_id INTEGER REFERENCES client(id),
                    received_on TEXT NOT NULL,
                    due_on TEXT NOT NULL,
                    extended_on TEXT,
                    extended_due_on TEXT,
                    extension_reason TEXT,
                    completed_on TEXT,
                    task_id INTEGER REFERENCES task(id),
                    recorded_by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL
                )""");
        // item names a piece of third-party data in her copy (abuser:12, note:40, client:children, ...).
        tx.execute("""
                CREATE TABLE subject_access_review (
                    request_id INTEGER NOT NULL REFERENCES subject_access_request(id),
                    item TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    decided_by TEXT NOT NULL,
                    decided_at INTEGER NOT NULL,
                    PRIMARY KEY (request_id, item)
                ) WITHOUT ROWID""");
        tx.execute("""
                CREATE TABLE rectification (
                    id INTEGER PRIMARY KEY,
                    client_id INTEGER REFERENCES client(id),
                    field TEXT NOT NULL,
                    earlier_value TEXT,
                    corrected_value TEXT NOT NULL,
                    requested_on TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL
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
