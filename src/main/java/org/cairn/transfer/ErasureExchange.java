package org.cairn.transfer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.casebook.ErasureNotices;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Erasure notices in transfer files (ADR 0057). The owner of a case it erased names the case's lasting id in each
 * file to a casebook that had a copy, until that casebook shows it imported one of those files. The receiver never
 * erases on its own: it shows the request (in the preview and after the import), keeps it, and audits it, so that
 * a person who may erase decides.
 */
final class ErasureExchange {
    private ErasureExchange() {
    }

    /** The case ids to name in file {@code sequence} to {@code peer}; notices not sent before are marked with it. */
    static List<String> outgoing(Tx tx, String peer, long sequence, long at) throws SQLException {
        String prefix = ErasureNotices.PREFIX + peer + ".";
        List<String> uids = new ArrayList<>();
        for (String[] kv : TransferSettings.withPrefix(tx, prefix)) {
            uids.add(kv[0].substring(prefix.length()));
            if (kv[1].equals("0")) {
                TransferSettings.put(tx, kv[0], Long.toString(sequence), at);
            }
        }
        return uids;
    }

    /** The sender imported our files up to {@code seenFromReceiver}: the notices they carried have arrived. */
    static void acknowledged(Tx tx, String sender, long seenFromReceiver) throws SQLException {
        for (String[] kv : TransferSettings.withPrefix(tx, ErasureNotices.PREFIX + sender + ".")) {
            long sentIn = parse(kv[1]);
            if (sentIn > 0 && sentIn <= seenFromReceiver) {
                TransferSettings.remove(tx, kv[0]);
            }
        }
    }

    /**
     * The references here of the cases the file says its sender erased, in the file's order, each once: only cases
     * here that the sender counts, or that were exchanged with the sender itself. The casebook noted here as the
     * owner is whoever shared the copy first, which may be a casebook passing on a copy; the owner, who alone sends
     * notices, is then heard too, so a notice its next file counts as delivered was also taken in here.
     */
    static List<String> asked(Reader reader, String sender, TransferPayload payload) throws SQLException {
        List<String> references = new ArrayList<>();
        for (String uid : payload.erasedCases()) {
            boolean owner = TransferSettings.get(reader, CountingOwner.PREFIX + uid).filter(sender::equals)
                    .isPresent() || exchangedWith(reader, sender, uid);
            String reference = owner ? reader.queryOne("SELECT reference FROM case_file WHERE uid = ?",
                    row -> row.getString(1), uid).orElse(null) : null;
            if (reference != null && !references.contains(reference)) {
                references.add(reference);
            }
        }
        return references;
    }

    /** Whether this casebook sent the case to {@code peer} or received it from it (or did before restricting it). */
    private static boolean exchangedWith(Reader reader, String peer, String caseUid) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM transfer_seen WHERE table_name = 'case_file' AND uid = ? "
                + "AND peer_uid = ?", caseUid, peer) > 0
                || TransferSettings.get(reader, ErasureNotices.EXCHANGED + peer + "." + caseUid).isPresent();
    }

    /** Keeps each request and audits it under the case's reference, so an erasure later empties that row too. */
    static void remember(Tx tx, TransferImport.Opened opened, AuditTrail audit, long at) throws SQLException {
        String sender = opened.header().sender();
        for (String reference : asked(tx, sender, opened.payload())) {
            String uid = tx.queryOne("SELECT uid FROM case_file WHERE reference = ?", row -> row.getString(1),
                    reference).orElseThrow();
            if (TransferSettings.get(tx, ErasureNotices.ASKED + uid).isEmpty()) {
                TransferSettings.put(tx, ErasureNotices.ASKED + uid, sender + " " + at, at);
                audit.append(tx, AuditAction.TRANSFER_RECEIVED, reference, "erasure asked: casebook " + sender
                        + " counted this case and erased it (transfer " + opened.header().sequence() + ")");
            }
        }
        acknowledged(tx, sender, opened.payload().seenFromReceiver());
    }

    /** The references of cases here whose owner asked that this copy be erased, in reference order. */
    static List<String> open(Reader reader) throws SQLException {
        List<String> references = new ArrayList<>();
        for (String[] kv : TransferSettings.withPrefix(reader, ErasureNotices.ASKED)) {
            reader.queryOne("SELECT reference FROM case_file WHERE uid = ?", row -> row.getString(1),
                    kv[0].substring(ErasureNotices.ASKED.length())).ifPresent(references::add);
        }
        references.sort(null);
        return references;
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
