package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Instant;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * The lasting ids of erased clients and cases (ADR 0043), kept after their rows are gone so that a transfer file
 * from a casebook that still holds her is refused rather than bringing her back. An id is random and says nothing
 * about her; it is kept as a casebook setting ({@code erased.<uid>}, value: when), written without an audit row of
 * its own because the erasure row already records the erasure.
 */
public final class ErasedIds {
    static final String PREFIX = "erased.";

    private ErasedIds() {
    }

    /** Keeps the ids of the cases in {@code record} and, for a client erasure, of the client. */
    static void remember(Tx tx, ErasureRecord record, Instant at) throws SQLException {
        for (long caseId : record.caseIds()) {
            String uid = tx.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                    .orElse(null);
            if (uid != null && RecordIds.isWellFormed(uid)) {
                // Before her transfer state goes: which paired casebooks hold a copy to be told (ADR 0057).
                ErasureNotices.noteErased(tx, uid, at);
            }
            keep(tx, uid, at);
        }
        if (record.scope() == ErasureScope.CLIENT) {
            keep(tx, tx.queryOne("SELECT uid FROM client WHERE id = ?", row -> row.getString(1), record.clientId())
                    .orElse(null), at);
        }
    }

    /** Whether a client or case with this lasting id was erased from this casebook. */
    public static boolean isErased(Reader reader, String uid) throws SQLException {
        return uid != null && RecordIds.isWellFormed(uid)
                && reader.queryLong("SELECT count(*) FROM casebook_setting WHERE key = ?", PREFIX + uid) > 0;
    }

    private static void keep(Tx tx, String uid, Instant at) throws SQLException {
        rememberUid(tx, uid, at, true);
    }

    /**
     * Keeps one lasting id as erased. An anonymised case keeps which casebook counts it ({@code countedToo} false),
     * because the counts still read it.
     */
    static void rememberUid(Tx tx, String uid, Instant at, boolean countedToo) throws SQLException {
        if (uid == null || !RecordIds.isWellFormed(uid)) {
            return;
        }
        tx.execute("INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING",
                PREFIX + uid, Long.toString(at.toEpochMilli()), at.toEpochMilli());
        // Her reference and fingerprints in the transfer state go with her rows.
        TransferTraces.forget(tx, uid, countedToo);
    }
}
