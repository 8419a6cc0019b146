package org.cairn.transfer;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.casebook.VersionVector;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * The versions of each record this casebook sent to or received from each paired casebook ({@code transfer_seen},
 * schema v7). A version both copies include is a common version; the latest such one is the base of the three-way
 * merge. A record once exchanged and later missing shows a deletion instead of looking new.
 */
final class SeenVersions {
    enum Direction {
        SENT, RECEIVED
    }

    private record Seen(VersionVector vv, Map<String, Object> fields) {
    }

    private SeenVersions() {
    }

    /** Keeps each record with an id in {@code bundle} as exchanged with {@code peer} in file {@code sequence}. */
    static void record(Tx tx, String peer, Direction direction, long sequence, CaseBundle bundle) throws SQLException {
        for (Row row : bundle.rows()) {
            if (TransferImport.IDENTIFIED.contains(row.table())) {
                tx.execute("""
                        INSERT INTO transfer_seen(table_name, uid, vv, peer_uid, direction, sequence, fields)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (table_name, uid, vv, peer_uid, direction)
                        DO UPDATE SET sequence = max(sequence, excluded.sequence)""", row.table(), row.text("uid"),
                        VersionVector.parse(row.text("vv")).toText(), peer, direction.name(), sequence,
                        PayloadCodec.encodeColumns(RecordFields.of(row, bundle.rows())));
            }
        }
    }

    /**
     * The fields of the latest version that both {@code ours} and {@code theirs} include, or empty when none is
     * known (then every field that differs is a conflict). Ties between versions neither includes (two merges made
     * apart) go to the one with more changes counted, then to the lower text, so both casebooks choose the same.
     */
    static Optional<Map<String, Object>> base(Reader reader, String table, String uid, VersionVector ours,
            VersionVector theirs) throws SQLException {
        List<Seen> seen = reader.query("SELECT vv, fields FROM transfer_seen WHERE table_name = ? AND uid = ?",
                row -> new Seen(VersionVector.parse(row.getString(1)), PayloadCodec.decodeColumns(row.getBytes(2))),
                table, uid);
        return seen.stream().filter(s -> ours.includes(s.vv()) && theirs.includes(s.vv()))
                .max(Comparator.<Seen>comparingLong(s -> total(s.vv()))
                        .thenComparing(s -> s.vv().toText(), Comparator.reverseOrder()))
                .map(Seen::fields);
    }

    /** Whether this casebook ever exchanged the record with any casebook: then it was here once. */
    static boolean everHad(Reader reader, String table, String uid) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM transfer_seen WHERE table_name = ? AND uid = ?", table,
                uid) > 0;
    }

    /**
     * Whether {@code sender} is known to have had the record before it made file {@code sequence}: it sent it in
     * an earlier file, or this casebook sent it in a file the sender had imported by then.
     */
    static boolean knownTo(Reader reader, String sender, String table, String uid, long sequence,
            long seenFromReceiver) throws SQLException {
        return reader.queryLong("""
                SELECT count(*) FROM transfer_seen WHERE table_name = ? AND uid = ? AND peer_uid = ?
                  AND ((direction = 'RECEIVED' AND sequence < ?) OR (direction = 'SENT' AND sequence <= ?))""",
                table, uid, sender, sequence, seenFromReceiver) > 0;
    }

    private static long total(VersionVector vv) {
        return vv.counters().values().stream().mapToLong(Long::longValue).sum();
    }
}
