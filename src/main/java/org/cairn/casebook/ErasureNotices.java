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
        List<String> peers = tx.query("SELECT DISTINCT peer_uid FROM transfer_seen WHERE table_name = 'case_file' "
                + "AND uid = ? ORDER BY peer_uid", row -> row.getString(1), caseUid);
        for (String peer : peers) {
            if (RecordIds.isWellFormed(peer)) {
                tx.execute("INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, '0', ?) "
                        + "ON CONFLICT(key) DO NOTHING", PREFIX + peer + "." + caseUid, at.toEpochMilli());
            }
        }
    }
}
