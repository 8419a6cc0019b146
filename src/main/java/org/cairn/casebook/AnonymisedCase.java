package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Tx;

/**
 * Anonymises one case (ADR 0049): it keeps only what the anonymised counts read (org.cairn.stats: the case's coded
 * answers, its dates, its types of abuse, its referrals' kind, date and outcome, its completed safety plans' dates,
 * its record key and whether another casebook counts it, and its client's decisions on being counted) and every
 * other row and value about her goes. Dates are moved to the first day of their calendar quarter, the finest period
 * the counts publish, so every quarter's counts stay the same. The case moves to a client row of its own that holds
 * nothing about her; she is deleted with everything about her when it was her only case.
 */
final class AnonymisedCase {
    /** The first day of a stored ISO date's calendar quarter, as SQL over the stored value (replays the same). */
    private static final String QUARTER_OF = "substr(%1$s, 1, 5) || CASE WHEN substr(%1$s, 6, 2) <= '03' THEN '01' "
            + "WHEN substr(%1$s, 6, 2) <= '06' THEN '04' WHEN substr(%1$s, 6, 2) <= '09' THEN '07' ELSE '10' END "
            + "|| '-01'";
    private static final String COUNT_CONSENT = ConsentPurpose.COUNT_IN_STATISTICS.name();
    private static final String SAFETY_PLAN = "safety-plan";

    private AnonymisedCase() {
    }

    /**
     * Anonymises the case inside the caller's transaction. Returns whether its client was deleted, because it was
     * her only case.
     */
    static boolean apply(Tx tx, long caseId, long clientId, Instant at) throws SQLException {
        String caseUid = tx.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                .orElseThrow();
        // Before its exchanged versions go: which paired casebooks hold a copy to be told (ADR 0057).
        ErasureNotices.noteErased(tx, caseUid, at);
        // First, since the restriction's triggers refuse any write to a restricted case's content.
        tx.execute("DELETE FROM case_restriction_key WHERE case_id = ?", caseId);
        tx.execute("DELETE FROM case_restriction WHERE case_id = ?", caseId);
        // Versions exchanged with other casebooks hold its fields; found by the lasting ids of rows still here.
        tx.execute(ErasedContent.SEEN_OF_CASE, caseId);
        tx.execute("UPDATE subject_access_request SET task_id = NULL WHERE task_id IN "
                + "(SELECT id FROM task WHERE case_id = ?)", caseId);
        quotes(tx, caseId);
        referrals(tx, caseId);
        forms(tx, caseId);
        for (String statement : List.of(
                "DELETE FROM risk_change WHERE case_id = ?",
                "DELETE FROM marac_decision WHERE case_id = ?",
                "DELETE FROM letter WHERE case_id = ?",
                "DELETE FROM task WHERE case_id = ?",
                "DELETE FROM note_version WHERE note_id IN (SELECT id FROM note WHERE case_id = ?)",
                "DELETE FROM note WHERE case_id = ?",
                "DELETE FROM case_history_elsewhere WHERE case_id = ?")) {
            tx.execute(statement, caseId);
        }
        long anonymous = anonymousClient(tx, clientId, at);
        tx.execute("UPDATE case_file SET client_id = ?, opened_on = " + QUARTER_OF.formatted("opened_on")
                + ", closed_on = " + QUARTER_OF.formatted("closed_on") + ", advocate = '', risk_assessed_on = NULL, "
                + "visa_expiry = NULL, home_office_reference = NULL WHERE id = ?", anonymous, caseId);
        AnonymisedUids.renew(tx, caseId);
        // The note triggers rebuilt its search document; it goes last, with its terms.
        tx.execute("DELETE FROM case_fts WHERE rowid = ?", caseId);
        // Its lasting id: no transfer file may fill it again, and its move or import records go.
        ErasedIds.rememberUid(tx, caseUid, at, false);
        boolean herOnlyCase = tx.queryLong("SELECT count(*) FROM case_file WHERE client_id = ?", clientId) == 0;
        if (herOnlyCase) {
            String clientUid = tx.queryOne("SELECT uid FROM client WHERE id = ?", row -> row.getString(1), clientId)
                    .orElse(null);
            ErasedIds.rememberUid(tx, clientUid, at, true);
            ErasedContent.deleteClient(tx, clientId);
        }
        return herOnlyCase;
    }

    /**
     * Her corrections of its notes and the subject access review marks on its notes, risk changes and forms quote
     * or explain the case's content and outlive it when she has another case; they go, while the ids still say
     * which.
     */
    private static void quotes(Tx tx, long caseId) throws SQLException {
        String items = "SELECT 'note:' || id FROM note WHERE case_id = ?1 UNION ALL SELECT 'risk:' || id FROM "
                + "risk_change WHERE case_id = ?1 UNION ALL SELECT 'form:' || id FROM case_form WHERE case_id = ?1";
        tx.execute("DELETE FROM rectification WHERE field IN (" + items + ")", caseId);
        tx.execute("DELETE FROM subject_access_review WHERE item IN (" + items + ")", caseId);
    }

    /** Referrals keep their kind, their quarter and their outcome; whom, why and by whom go. */
    private static void referrals(Tx tx, long caseId) throws SQLException {
        tx.execute("UPDATE referral SET template_id = '', template_version = 0, directory_entry_id = NULL, "
                + "recipient_name = '', recipient_contact = NULL, made_on = " + QUARTER_OF.formatted("made_on")
                + ", outcome_on = NULL, consent_id = NULL, override_reason = NULL, task_id = NULL, created_at = 0, "
                + "created_by = '' WHERE case_id = ?", caseId);
    }

    /** Completed safety plans are counted by their quarter; their answers and every other form go. */
    private static void forms(Tx tx, long caseId) throws SQLException {
        String ofCase = "(SELECT id FROM case_form WHERE case_id = ?)";
        tx.execute("UPDATE risk_change SET form_id = NULL WHERE case_id = ?", caseId);
        tx.execute("UPDATE marac_decision SET form_id = NULL WHERE case_id = ?", caseId);
        tx.execute("DELETE FROM case_form_answer WHERE form_id IN " + ofCase, caseId);
        tx.execute("DELETE FROM case_form_version WHERE form_id IN " + ofCase, caseId);
        tx.execute("DELETE FROM case_form WHERE case_id = ? AND NOT (kind = ? AND completed_on IS NOT NULL)", caseId,
                SAFETY_PLAN);
        tx.execute("UPDATE case_form SET template_id = '', template_version = 0, title = '', template_text = '', "
                + "started_at = 0, started_by = '', review_on = NULL, review_task_id = NULL, completed_on = "
                + QUARTER_OF.formatted("completed_on") + " WHERE case_id = ?", caseId);
    }

    /**
     * A client row holding nothing but her decisions on being counted: the latest of each quarter, with its dates
     * moved to the quarter's first day. Only the latest decision on or before a quarter's last day decides that
     * quarter, so every quarter is decided as before.
     */
    private static long anonymousClient(Tx tx, long clientId, Instant at) throws SQLException {
        long anonymous = tx.insert("""
                INSERT INTO client(uid, alias, interpreter_needed, safe_to_phone, safe_to_text, safe_to_post,
                    safe_to_email, created_at) VALUES (?, '', 0, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                YesNoUnknown.UNKNOWN.name(), YesNoUnknown.UNKNOWN.name(), YesNoUnknown.UNKNOWN.name(),
                YesNoUnknown.UNKNOWN.name(), at.toEpochMilli());
        Map<LocalDate, String[]> latestByQuarter = new LinkedHashMap<>();
        for (String[] decision : tx.query("SELECT decided_on, decision, method, expires_on FROM consent "
                + "WHERE client_id = ? AND purpose = ? ORDER BY decided_on, id", row -> new String[] {
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4)},
                clientId, COUNT_CONSENT)) {
            latestByQuarter.put(quarterStart(LocalDate.parse(decision[0])), decision);
        }
        List<LocalDate> quarters = new ArrayList<>(latestByQuarter.keySet());
        for (LocalDate quarter : quarters) {
            String[] decision = latestByQuarter.get(quarter);
            String expires = decision[3] == null ? null : quarterStart(LocalDate.parse(decision[3])).toString();
            tx.execute("""
                    INSERT INTO consent(uid, client_id, purpose, organisation, decision, decided_on, method,
                        expires_on, recorded_by, recorded_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, '', ?)""",
                    RecordIds.newId(), anonymous, COUNT_CONSENT, decision[1], quarter.toString(), decision[2],
                    expires, at.toEpochMilli());
        }
        return anonymous;
    }

    /** The first day of the date's calendar quarter. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
