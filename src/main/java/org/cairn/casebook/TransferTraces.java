package org.cairn.casebook;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.vault.Tx;

/**
 * What the transfer state in {@code casebook_setting} keeps about a client or case (ADR 0043): a move awaiting its
 * receipt or its closed stub ({@code move.<uid>}: her reference and a fingerprint), which casebook counts it
 * ({@code counted-elsewhere.<uid>}), what an import added ({@code import.<n>}: her ids with fingerprints) and a
 * request from the case's owner to erase it ({@code erasure-asked.<uid>}, ADR 0057) and which paired casebooks
 * had a case that was restricted since ({@code exchanged.<peer>.<uid>}). An erasure removes them with
 * her rows; only the random erased id itself stays, and, until delivered, the notice telling a paired casebook.
 */
final class TransferTraces {
    private TransferTraces() {
    }

    static void forget(Tx tx, String uid) throws SQLException {
        forget(tx, uid, true);
    }

    /** As {@link #forget(Tx, String)}; without {@code countedToo}, which casebook counts the case stays. */
    static void forget(Tx tx, String uid, boolean countedToo) throws SQLException {
        tx.execute("DELETE FROM casebook_setting WHERE key = ? OR key = ? OR key = ?", "move." + uid,
                countedToo ? "counted-elsewhere." + uid : "move." + uid, ErasureNotices.ASKED + uid);
        ErasureNotices.forgetExchanged(tx, uid);
        List<String[]> imports = tx.query("SELECT key, value FROM casebook_setting WHERE key >= 'import.' "
                + "AND key < 'import/' AND instr(value, ?) > 0", row -> new String[] {row.getString(1),
                        row.getString(2)}, uid);
        for (String[] kv : imports) {
            String kept = withoutUid(kv[1], uid);
            if (kept == null) {
                tx.execute("DELETE FROM casebook_setting WHERE key = ?", kv[0]);
            } else {
                tx.execute("UPDATE casebook_setting SET value = ? WHERE key = ?", kept, kv[0]);
            }
        }
    }

    /**
     * The import record without her: its sixth field lists {@code caseUid:fingerprint} pairs and its seventh the
     * clients' ids, each comma-separated or {@code -} (org.cairn.transfer.ImportRecord). The rest of the import can
     * still be undone. A record in another form is dropped whole (null) rather than kept with her in it.
     */
    static String withoutUid(String value, String uid) {
        String[] parts = value.split(" ");
        if (parts.length != 8) {
            return null;
        }
        parts[6] = keep(parts[6], uid);
        parts[7] = keep(parts[7], uid);
        return String.join(" ", parts);
    }

    /** The items of {@code list} other than {@code uid} itself or a {@code uid:fingerprint} pair. */
    private static String keep(String list, String uid) {
        List<String> kept = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.equals("-") && !item.equals(uid) && !item.startsWith(uid + ":")) {
                kept.add(item);
            }
        }
        return kept.isEmpty() ? "-" : String.join(",", kept);
    }
}
