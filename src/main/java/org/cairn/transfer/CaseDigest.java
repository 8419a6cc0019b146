package org.cairn.transfer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Reader;

/**
 * A fingerprint of everything that travels with one case, as it is stored now: SHA-256 over the rows the transfer
 * file would carry. Any change to the case (an edit bumps a version vector, a new note adds a row) changes it, so
 * a move is confirmed and an import undone only when nothing happened to the case in between (ADR 0043).
 */
final class CaseDigest {
    private CaseDigest() {
    }

    static String of(Reader reader, long caseId, long clientId) throws SQLException {
        return sha(CaseRows.read(reader, caseId, clientId));
    }

    /** The fingerprint of the rows a client's cases share (her details, consents, people causing harm...). */
    static String ofClient(Reader reader, long clientId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (CaseRows.Table table : CaseRows.TABLES) {
            if (table.where().contains(":client")) {
                rows.addAll(reader.query("SELECT * FROM " + table.name() + " WHERE "
                        + table.where().replace(":client", "?"), row -> CaseRows.row(table, row), clientId));
            }
        }
        return sha(rows);
    }

    /** The case with lasting id {@code caseUid} as {case id, client id}, or null when it is not here. */
    static long[] ids(Reader reader, String caseUid) throws SQLException {
        return reader.queryOne("SELECT id, client_id FROM case_file WHERE uid = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, caseUid).orElse(null);
    }

    /** The fingerprint of the case with lasting id {@code caseUid}, or null when it is not here. */
    static String ofCase(Reader reader, String caseUid) throws SQLException {
        long[] ids = ids(reader, caseUid);
        return ids == null ? null : of(reader, ids[0], ids[1]);
    }

    private static String sha(List<Row> rows) {
        // Laid out as format 2, which has no notices section: a case without kept records keeps the fingerprint it
        // had before format 3, so a move awaiting its receipt across an upgrade is still confirmed.
        byte[] bytes = PayloadCodec.encode(new TransferPayload(TransferKind.SHARE, 0, 0,
                List.of(new CaseBundle(rows, List.of()))), TransferCrypto.FORMAT_2);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
