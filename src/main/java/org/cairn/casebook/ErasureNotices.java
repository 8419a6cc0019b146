package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * Erasure notices for paired casebooks (ADR 0057). When this casebook erases a case it counts (its owner) and had
 * exchanged with another casebook, it keeps {@code erasure-notice.<peer id>.<case uid>}: the next transfer file to
 * that casebook names the case's lasting id, never anything about her, and that casebook asks its people to erase
 * its copy. The value is the sequence of the first file that carried it ({@code 0}: not sent yet); the notice goes
 * once the other casebook shows it imported that file. A received request is kept as
 * {@code erasure-asked.<case uid>} until the copy here is erased.
 */
public final class ErasureNotices {
    /** Notices to send: {@code erasure-notice.<peer casebook id>.<case uid>}. */
    public static final String PREFIX = "erasure-notice.";
    /** Requests received: {@code erasure-asked.<case uid>}, value: the owner's casebook id and when, in ms. */
    public static final String ASKED = "erasure-asked.";
    private static final String COUNTED_ELSEWHERE = "counted-elsewhere.";
    /**
     * Which paired casebook had a case whose exchanged versions were forgotten (restricting it):
     * {@code exchanged.<peer casebook id>.<case uid>}, value {@code 1}. No content; removed when the case is erased.
     */
    public static final String EXCHANGED = "exchanged.";

    private ErasureNotices() {
    }

    /**
     * Called while erasing, before the case's exchanged versions go: a notice for each paired casebook that sent or
     * received the case, when this casebook counts it. A shared copy erased here tells nobody: the owner's case
     * lives on.
     */
    static void noteErased(Tx tx, String caseUid, Instant at) throws SQLException {
        if (tx.queryLong("SELECT count(*) FROM casebook_setting WHERE key = ?", COUNTED_ELSEWHERE + caseUid) > 0) {
            return;
        }
        List<String> peers = tx.query("SELECT peer_uid FROM transfer_seen WHERE table_name = 'case_file' AND uid = ?1 "
                + "UNION SELECT substr(key, length(?2) + 1, length(key) - length(?2) - length(?1) - 1) "
                + "FROM casebook_setting WHERE key >= ?2 AND key < ?3 AND key LIKE ?4 ORDER BY 1",
                row -> row.getString(1), caseUid, EXCHANGED, "exchanged/", "%." + caseUid);
        for (String peer : peers) {
            if (RecordIds.isWellFormed(peer)) {
                tx.execute("INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, '0', ?) "
                        + "ON CONFLICT(key) DO NOTHING", PREFIX + peer + "." + caseUid, at.toEpochMilli());
            }
        }
    }

    /** Keeps which paired casebooks had the case before its exchanged versions are forgotten (no content). */
    static void rememberExchanged(Tx tx, long caseId) throws SQLException {
        tx.execute("INSERT INTO casebook_setting(key, value, updated_at) SELECT DISTINCT ?1 || s.peer_uid || '.' "
                + "|| c.uid, '1', 0 FROM transfer_seen s JOIN case_file c ON c.uid = s.uid "
                + "WHERE c.id = ?2 AND s.table_name = 'case_file' ON CONFLICT(key) DO NOTHING", EXCHANGED, caseId);
    }

    /** Forgets which paired casebooks had the case, once it is erased (its notices are noted by then). */
    static void forgetExchanged(Tx tx, String caseUid) throws SQLException {
        tx.execute("DELETE FROM casebook_setting WHERE key >= ? AND key < ? AND key LIKE ?", EXCHANGED, "exchanged/",
                "%." + caseUid);
    }
}
