package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * Adds what safety planning, referrals and letters need: the client's own contact and identity details, the
 * people linked to the abuser, the service directory, organisation templates, filled-in forms with their
 * versions, risk history, referrals, the organisation profile and kept letters. Same conventions as
 * {@link SchemaV1}. Released with its fixture (fixtures/v2): never edit this class, add the next {@link Migration}.
 */
final class SchemaV2 implements Migration {
    private static final List<String> STATEMENTS = List.of(
            "ALTER TABLE client ADD COLUMN nationality TEXT",
            "ALTER TABLE client ADD COLUMN nhs_number TEXT",
            "ALTER TABLE client ADD COLUMN access_needs TEXT",
            "ALTER TABLE client ADD COLUMN areas_to_avoid TEXT",
            "ALTER TABLE client ADD COLUMN address TEXT",
            "ALTER TABLE client ADD COLUMN phone TEXT",
            "ALTER TABLE client ADD COLUMN email TEXT",
            "ALTER TABLE case_file ADD COLUMN visa_expiry TEXT",
            "ALTER TABLE case_file ADD COLUMN home_office_reference TEXT",
            """
            CREATE TABLE client_abuser (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id),
                name TEXT NOT NULL,
                relationship TEXT,
                address TEXT)""",
            "CREATE INDEX client_abuser_client ON client_abuser(client_id)",
            // recipient_kind holds templates.RecipientKind names.
            """
            CREATE TABLE directory_entry (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                recipient_kind TEXT NOT NULL,
                services TEXT NOT NULL,
                languages TEXT NOT NULL,
                areas TEXT NOT NULL,
                how_to_refer TEXT NOT NULL,
                phone TEXT,
                email TEXT,
                address TEXT,
                last_checked TEXT,
                archived INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL)""",
            "CREATE INDEX directory_entry_name ON directory_entry(name COLLATE NOCASE)",
            // People and organisations that must never receive anything about this client (linked to the abuser).
            """
            CREATE TABLE client_blocked_recipient (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id),
                directory_entry_id INTEGER REFERENCES directory_entry(id),
                name TEXT NOT NULL,
                reason TEXT,
                added_at INTEGER NOT NULL,
                added_by TEXT NOT NULL)""",
            "CREATE INDEX client_blocked_recipient_client ON client_blocked_recipient(client_id)",
            // The organisation's own templates, kept as the exact text imported so export round-trips.
            """
            CREATE TABLE org_template (
                id INTEGER PRIMARY KEY,
                template_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                title TEXT NOT NULL,
                source_text TEXT NOT NULL,
                imported_at INTEGER NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (template_id, version))""",
            // A safety plan or risk checklist filled in for a case. The template text is copied so a later
            // built-in or imported version never changes what a case used.
            """
            CREATE TABLE case_form (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                template_id TEXT NOT NULL,
                template_version INTEGER NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                template_text TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                started_by TEXT NOT NULL,
                review_on TEXT,
                review_task_id INTEGER REFERENCES task(id),
                completed_on TEXT)""",
            "CREATE INDEX case_form_case ON case_form(case_id, started_at)",
            """
            CREATE TABLE case_form_version (
                form_id INTEGER NOT NULL REFERENCES case_form(id),
                version INTEGER NOT NULL,
                saved_at INTEGER NOT NULL,
                saved_by TEXT NOT NULL,
                score INTEGER,
                PRIMARY KEY (form_id, version)) WITHOUT ROWID""",
            """
            CREATE TABLE case_form_answer (
                form_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                item_id TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (form_id, version, item_id),
                FOREIGN KEY (form_id, version) REFERENCES case_form_version(form_id, version)) WITHOUT ROWID""",
            // source: CHECKLIST, JUDGEMENT or EDIT; a raise by professional judgement always has a reason.
            """
            CREATE TABLE risk_change (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                changed_at INTEGER NOT NULL,
                from_level TEXT NOT NULL,
                to_level TEXT NOT NULL,
                source TEXT NOT NULL,
                form_id INTEGER REFERENCES case_form(id),
                reason TEXT,
                changed_by TEXT NOT NULL)""",
            "CREATE INDEX risk_change_case ON risk_change(case_id, changed_at)",
            """
            CREATE TABLE marac_decision (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                form_id INTEGER REFERENCES case_form(id),
                form_version INTEGER,
                decision TEXT NOT NULL,
                reason TEXT,
                decided_at INTEGER NOT NULL,
                decided_by TEXT NOT NULL)""",
            "CREATE INDEX marac_decision_case ON marac_decision(case_id, decided_at)",
            // outcome: PENDING, ACCEPTED, DECLINED, NO_RESPONSE.
            """
            CREATE TABLE referral (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                template_id TEXT NOT NULL,
                template_version INTEGER NOT NULL,
                directory_entry_id INTEGER REFERENCES directory_entry(id),
                recipient_name TEXT NOT NULL,
                recipient_kind TEXT NOT NULL,
                made_on TEXT NOT NULL,
                outcome TEXT NOT NULL,
                outcome_on TEXT,
                consent_id INTEGER REFERENCES consent(id),
                override_reason TEXT,
                task_id INTEGER REFERENCES task(id),
                created_at INTEGER NOT NULL,
                created_by TEXT NOT NULL)""",
            "CREATE INDEX referral_case ON referral(case_id, made_on)",
            "CREATE INDEX referral_made ON referral(made_on)",
            // accreditation: NONE, OISC_LEVEL_1, OISC_LEVEL_2, OISC_LEVEL_3 or SOLICITOR_SUPERVISED.
            """
            CREATE TABLE org_profile (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                name TEXT NOT NULL,
                address TEXT,
                phone TEXT,
                email TEXT,
                charity_number TEXT,
                oisc_number TEXT,
                accreditation TEXT NOT NULL,
                advocate_title TEXT,
                signature TEXT,
                logo BLOB,
                paper_size TEXT NOT NULL,
                updated_at INTEGER NOT NULL)""",
            // A copy of every letter made, as the PDF bytes; encrypted because the whole casebook is.
            """
            CREATE TABLE letter (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES case_file(id),
                template_id TEXT NOT NULL,
                template_version INTEGER NOT NULL,
                language TEXT NOT NULL,
                recipient_name TEXT NOT NULL,
                recipient_kind TEXT NOT NULL,
                directory_entry_id INTEGER REFERENCES directory_entry(id),
                subject TEXT NOT NULL,
                disposition TEXT NOT NULL,
                made_at INTEGER NOT NULL,
                made_by TEXT NOT NULL,
                pdf BLOB NOT NULL)""",
            "CREATE INDEX letter_case ON letter(case_id, made_at)");

    @Override
    public int version() {
        return 2;
    }

    @Override
    public void apply(Tx tx) throws SQLException {
        for (String statement : STATEMENTS) {
            tx.execute(statement);
        }
    }
}
