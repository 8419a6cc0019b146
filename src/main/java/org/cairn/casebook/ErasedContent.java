package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * Deletes everything a casebook holds about one case or one client, table by table, in an order the foreign keys
 * accept. A table this list forgets makes the final delete of the case or client fail, so an erasure is all or
 * nothing. The search index is removed row by row and then optimised, so no deleted term stays in its pages.
 */
final class ErasedContent {
    // The versions exchanged with other casebooks hold her fields too (ADR 0042); found by lasting id.
    static final String SEEN_OF_CASE = "DELETE FROM transfer_seen WHERE uid IN (SELECT uid FROM case_file "
            + "WHERE id = ?1 UNION ALL SELECT uid FROM note WHERE case_id = ?1 UNION ALL SELECT uid FROM task WHERE "
            + "case_id = ?1 UNION ALL SELECT uid FROM case_form WHERE case_id = ?1 UNION ALL "
            + "SELECT uid FROM referral WHERE case_id = ?1)";
    private static final String SEEN_OF_CLIENT = "DELETE FROM transfer_seen WHERE uid IN (SELECT uid FROM client "
            + "WHERE id = ?1 UNION ALL SELECT uid FROM consent WHERE client_id = ?1 UNION ALL SELECT uid FROM "
            + "client_abuser WHERE client_id = ?1 UNION ALL SELECT uid FROM client_blocked_recipient "
            + "WHERE client_id = ?1)";
    private static final List<String> PER_CASE = List.of(
            SEEN_OF_CASE,
            "DELETE FROM case_form_answer WHERE form_id IN (SELECT id FROM case_form WHERE case_id = ?)",
            "DELETE FROM case_form_version WHERE form_id IN (SELECT id FROM case_form WHERE case_id = ?)",
            "DELETE FROM risk_change WHERE case_id = ?",
            "DELETE FROM marac_decision WHERE case_id = ?",
            "DELETE FROM referral WHERE case_id = ?",
            "DELETE FROM letter WHERE case_id = ?",
            "DELETE FROM case_form WHERE case_id = ?",
            // A subject access request outlives the case; only its reminder task goes.
            "UPDATE subject_access_request SET task_id = NULL WHERE task_id IN (SELECT id FROM task WHERE case_id = ?)",
            "DELETE FROM task WHERE case_id = ?",
            "DELETE FROM note_version WHERE note_id IN (SELECT id FROM note WHERE case_id = ?)",
            "DELETE FROM note WHERE case_id = ?",
            "DELETE FROM case_abuse WHERE case_id = ?",
            "DELETE FROM case_restriction_key WHERE case_id = ?",
            "DELETE FROM case_restriction WHERE case_id = ?",
            "DELETE FROM retention_hold WHERE case_id = ?",
            // Where an imported case was before it came here: its own rows, about her case.
            "DELETE FROM case_history_elsewhere WHERE case_id = ?",
            "DELETE FROM case_fts WHERE rowid = ?",
            "DELETE FROM case_file WHERE id = ?");
    private static final List<String> PER_CLIENT = List.of(
            SEEN_OF_CLIENT,
            "DELETE FROM client_language WHERE client_id = ?",
            "DELETE FROM consent WHERE client_id = ?",
            "DELETE FROM client_abuser WHERE client_id = ?",
            "DELETE FROM client_blocked_recipient WHERE client_id = ?",
            // Corrections hold her earlier and corrected values, and review marks name items of her copy.
            "DELETE FROM rectification WHERE client_id = ?",
            "DELETE FROM subject_access_review WHERE request_id IN "
                    + "(SELECT id FROM subject_access_request WHERE client_id = ?)",
            // The request stays in the records of processing; only the link to her goes.
            "UPDATE subject_access_request SET extension_reason = NULL, client_id = NULL WHERE client_id = ?",
            "DELETE FROM client WHERE id = ?");

    private ErasedContent() {
    }

    static void deleteCase(Tx tx, long caseId) throws SQLException {
        for (String statement : PER_CASE) {
            tx.execute(statement, caseId);
        }
        // Counts already published keep their numbers; later counts no longer find her record key.
        if (tableExists(tx, "stats_record_key")) {
            tx.execute("DELETE FROM stats_record_key WHERE case_id = ?", caseId);
        }
    }

    /**
     * Forgets the versions of the case's and its client's records exchanged with other casebooks, as restricting
     * the case seals its content: a later merge then treats every differing field as a conflict. Which paired
     * casebooks had the case is kept (no content), so erasing it later still tells them (ADR 0057).
     */
    static void forgetExchangedVersions(Tx tx, long caseId, long clientId) throws SQLException {
        ErasureNotices.rememberExchanged(tx, caseId);
        tx.execute(SEEN_OF_CASE, caseId);
        tx.execute(SEEN_OF_CLIENT, clientId);
    }

    static void deleteClient(Tx tx, long clientId) throws SQLException {
        for (String statement : PER_CLIENT) {
            tx.execute(statement, clientId);
        }
    }

    /** Rewrites the search index into one segment, dropping the deleted documents' terms from every page. */
    static void compactSearchIndex(Tx tx) throws SQLException {
        tx.execute("INSERT INTO case_fts(case_fts) VALUES ('optimize')");
    }

    private static boolean tableExists(Tx tx, String name) throws SQLException {
        return tx.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name) > 0;
    }
}
