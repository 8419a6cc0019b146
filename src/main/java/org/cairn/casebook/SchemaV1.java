package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * The first schema. Dates are ISO text (they sort and read well), times are epoch milliseconds, enums are their
 * names. Search indexes are kept in sync by triggers so that every write path, including log replay, agrees.
 * Never edit this class once released: add the next {@link Migration} instead.
 */
final class SchemaV1 implements Migration {
    private static final String TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'";

    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE client (
                id INTEGER PRIMARY KEY,
                alias TEXT NOT NULL,
                legal_names TEXT,
                date_of_birth TEXT,
                interpreter_needed INTEGER NOT NULL,
                safe_to_phone TEXT NOT NULL,
                safe_to_text TEXT NOT NULL,
                safe_to_post TEXT NOT NULL,
                safe_to_email TEXT NOT NULL,
                safe_times TEXT,
                code_word TEXT,
                safe_contact TEXT,
                children_count INTEGER,
                children_ages TEXT,
                created_at INTEGER NOT NULL)""",
            """
            CREATE TABLE client_language (
                client_id INTEGER NOT NULL REFERENCES client(id),
                position INTEGER NOT NULL,
                language TEXT NOT NULL,
                PRIMARY KEY (client_id, position)) WITHOUT ROWID""",
            """
            CREATE TABLE case_file (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id),
                reference TEXT NOT NULL UNIQUE,
                ref_year INTEGER NOT NULL,
                ref_seq INTEGER NOT NULL,
                opened_on TEXT NOT NULL,
                closed_on TEXT,
                status TEXT NOT NULL,
                advocate TEXT NOT NULL,
                risk_level TEXT NOT NULL,
                risk_assessed_on TEXT,
                immigration TEXT,
                nrpf TEXT NOT NULL,
                feared_reporting TEXT NOT NULL,
                reported_to_police TEXT NOT NULL,
                police_shared TEXT NOT NULL,
                third_party_reporting TEXT NOT NULL,
                gp_refused TEXT NOT NULL,
                nhs_charged TEXT NOT NULL,
                UNIQUE (ref_year, ref_seq))""",
            "CREATE INDEX case_file_client ON case_file(client_id)",
            "CREATE INDEX case_file_newest ON case_file(opened_on, id)",
            """
            CREATE TABLE case_abuse (
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                abuse_type TEXT NOT NULL,
                PRIMARY KEY (case_id, abuse_type)) WITHOUT ROWID""",
            """
            CREATE TABLE note (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                written_at INTEGER NOT NULL,
                author TEXT NOT NULL,
                text TEXT NOT NULL,
                version INTEGER NOT NULL,
                edited_at INTEGER,
                edited_by TEXT)""",
            "CREATE INDEX note_case ON note(case_id, written_at)",
            """
            CREATE TABLE note_version (
                note_id INTEGER NOT NULL REFERENCES note(id),
                version INTEGER NOT NULL,
                written_at INTEGER NOT NULL,
                author TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (note_id, version)) WITHOUT ROWID""",
            """
            CREATE TABLE task (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                title TEXT NOT NULL,
                due_on TEXT NOT NULL,
                done_at INTEGER,
                created_at INTEGER NOT NULL,
                created_by TEXT NOT NULL)""",
            "CREATE INDEX task_case ON task(case_id, due_on)",
            "CREATE INDEX task_open_due ON task(case_id, due_on) WHERE done_at IS NULL",
            """
            CREATE TABLE consent (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id),
                purpose TEXT NOT NULL,
                organisation TEXT,
                decision TEXT NOT NULL,
                decided_on TEXT NOT NULL,
                method TEXT NOT NULL,
                expires_on TEXT,
                recorded_by TEXT NOT NULL,
                recorded_at INTEGER NOT NULL)""",
            "CREATE INDEX consent_client ON consent(client_id, purpose, decided_on)",
            """
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT,
                reason TEXT,
                hash BLOB NOT NULL)""",
            "CREATE INDEX audit_subject ON audit(subject)",
            """
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
            """
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
            // The head lets verify() notice rows removed from the end, which the chain alone cannot show.
            """
            CREATE TABLE audit_head (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                last_id INTEGER NOT NULL,
                last_hash BLOB NOT NULL)""",
            // One search document per case (reference, names, all note text) so that the words of a query can
            // match in different places, e.g. an alias and a note. Contentless: the text is not stored twice.
            "CREATE VIRTUAL TABLE case_fts USING fts5(reference, names, notes, content = '', "
                    + "contentless_delete = 1, prefix = '1 2 3', " + TOKENIZER + ")",
            """
            CREATE VIEW case_search_doc AS
            SELECT c.id AS case_id, c.reference AS reference,
                cl.alias || ' ' || coalesce(cl.legal_names, '') AS names,
                (SELECT group_concat(n.text, ' ' ORDER BY n.id) FROM note n WHERE n.case_id = c.id) AS notes
            FROM case_file c JOIN client cl ON cl.id = c.client_id""",
            reindexTrigger("case_fts_case_insert", "AFTER INSERT ON case_file", "case_id = new.id"),
            reindexTrigger("case_fts_client_update", "AFTER UPDATE OF alias, legal_names ON client",
                    "case_id IN (SELECT id FROM case_file WHERE client_id = new.id)"),
            reindexTrigger("case_fts_note_insert", "AFTER INSERT ON note", "case_id = new.case_id"),
            reindexTrigger("case_fts_note_update", "AFTER UPDATE OF text, case_id ON note",
                    "case_id IN (old.case_id, new.case_id)"),
            reindexTrigger("case_fts_note_delete", "AFTER DELETE ON note", "case_id = old.case_id"));

    private static String reindexTrigger(String name, String event, String cases) {
        return "CREATE TRIGGER " + name + " " + event + " BEGIN "
                + "INSERT OR REPLACE INTO case_fts(rowid, reference, names, notes) "
                + "SELECT case_id, reference, names, notes FROM case_search_doc WHERE " + cases + "; END";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        for (String statement : STATEMENTS) {
            tx.execute(statement);
        }
    }
}
