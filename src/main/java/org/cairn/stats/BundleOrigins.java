package org.cairn.stats;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.vault.Tx;

/**
 * Where an imported bundle comes from, checked against the bundles already held (ADR 0033). Warns when it comes from
 * another state of a casebook already sending bundles (a restored backup, a copied folder), when it is older than
 * one held from the same casebook, when it cannot be checked (made by an older Cairn), and when its counts are, cell
 * for cell, those of another laptop's bundle. The merge itself counts one bundle per casebook and quarter; these
 * warnings say so when it happens, so that nothing is dropped or doubled silently.
 */
final class BundleOrigins {
    private BundleOrigins() {
    }

    /** Remembers the casebook and sequence a bundle names, for the merge. */
    static void store(Tx tx, BundlePayload payload) throws SQLException {
        if (payload.hasCasebook()) {
            tx.execute("INSERT INTO stats_bundle_origin(bundle_id, casebook, sequence) VALUES (?, ?, ?)",
                    payload.bundleId(), payload.casebook(), payload.sequence());
        }
    }

    /** Plain-words warnings about {@code payload}, read before it is stored; empty when there is nothing to say. */
    static List<CountsNote> warnings(Tx tx, BundlePayload payload, String name) throws SQLException {
        List<Held> held = tx.query("SELECT b.bundle_id, b.laptop_id, b.created_at, o.casebook, o.sequence, "
                + "b.first_period, b.last_period FROM stats_bundle b LEFT JOIN stats_bundle_origin o "
                + "ON o.bundle_id = b.bundle_id WHERE b.counting_rule = ? AND b.first_period <= ? "
                + "AND b.last_period >= ? ORDER BY b.created_at, b.rowid", row -> new Held(row.getBytes(1),
                row.getBytes(2), Instant.ofEpochMilli(row.getLong(3)), row.getBytes(4), row.getLong(5),
                new QuarterRange(Quarter.parse(row.getString(6)), Quarter.parse(row.getString(7)))),
                payload.rule().name(), payload.range().to().toString(), payload.range().from().toString());
        List<CountsNote> warnings = new ArrayList<>();
        if (!payload.hasCasebook()) {
            warnings.add(CountsNote.of("unnamed-casebook", name + " was made by an older version of Cairn and does not name its casebook, so Cairn "
                    + "cannot check that it is not a restored or copied casebook that another bundle already counts; "
                    + "update Cairn on that laptop and make the bundle again", name));
        }
        Set<String> otherStates = new LinkedHashSet<>();
        Set<String> newer = new LinkedHashSet<>();
        Set<String> otherIds = new LinkedHashSet<>();
        Set<String> newerIds = new LinkedHashSet<>();
        List<Held> others = new ArrayList<>();
        for (Held h : held) {
            boolean sameCasebook = payload.hasCasebook() && h.casebook() != null
                    && Arrays.equals(h.casebook(), payload.casebook());
            boolean sameLaptop = Arrays.equals(h.laptop(), payload.laptopId());
            if (sameCasebook) {
                // One state's bundle count only goes up with time; a count out of step with the times is a fork.
                int bySequence = Long.compare(h.sequence(), payload.sequence());
                int byTime = h.createdAt().compareTo(payload.createdAt());
                boolean outOfStep = byTime != 0 && Integer.signum(bySequence) != Integer.signum(byTime);
                if (!sameLaptop || bySequence == 0 || outOfStep) {
                    otherStates.add("bundle " + CountsBundles.shortId(h.bundle()) + " from laptop "
                            + CountsBundles.shortId(h.laptop()) + " made " + h.createdAt());
                    otherIds.add(CountsBundles.shortId(h.bundle()));
                }
                if (h.createdAt().isAfter(payload.createdAt())) {
                    newer.add("bundle " + CountsBundles.shortId(h.bundle()) + " made " + h.createdAt());
                    newerIds.add(CountsBundles.shortId(h.bundle()));
                }
            } else if (!sameLaptop) {
                others.add(h);
            }
        }
        String casebook = payload.hasCasebook() ? "casebook " + CountsBundles.shortId(payload.casebook()) : "";
        if (!otherStates.isEmpty()) {
            warnings.add(CountsNote.of("two-states", name + " (bundle " + CountsBundles.shortId(payload.bundleId())
                    + " from laptop "
                    + CountsBundles.shortId(payload.laptopId()) + ", made " + payload.createdAt() + ") and "
                    + String.join(", ", otherStates) + " come from two states of one " + casebook
                    + " (for example a backup restored on a laptop, or a copied casebook folder); for each quarter "
                    + "only the newest of its bundles is counted, never both", name, String.join(", ", otherIds)));
        }
        if (!newer.isEmpty()) {
            warnings.add(CountsNote.of("older", name + " is older than " + String.join(", ", newer) + " from the same "
                    + casebook + "; the newer one stays counted for the quarters both cover", name,
                    String.join(", ", newerIds)));
        }
        warnings.addAll(lookAlikes(tx, payload, name, others));
        return warnings;
    }

    /** Another laptop's bundle with the same counts and cell keys in every cell of a quarter is surely a copy. */
    private static List<CountsNote> lookAlikes(Tx tx, BundlePayload payload, String name, List<Held> others)
            throws SQLException {
        List<CountsNote> warnings = new ArrayList<>();
        for (Quarter quarter : payload.range().quarters()) {
            Map<String, Long> mine = new HashMap<>();
            long total = 0;
            for (BundlePayload.Table table : payload.tables()) {
                if (table.quarter().equals(quarter)) {
                    for (int p = 0; p < table.counts().length; p++) {
                        mine.put(table.tableId() + "/" + p, table.counts()[p] * 256 + table.cellKeys()[p]);
                        total += table.counts()[p];
                    }
                }
            }
            if (total == 0) {
                continue;
            }
            for (Held h : others) {
                if (!h.range().quarters().contains(quarter)) {
                    continue;
                }
                Map<String, Long> theirs = new HashMap<>();
                for (Map.Entry<String, Long> cell : tx.query("SELECT table_id, position, count, key_sum "
                        + "FROM stats_bundle_cell WHERE bundle_id = ? AND period = ?", row -> Map.entry(
                        row.getString(1) + "/" + row.getInt(2), row.getLong(3) * 256 + row.getLong(4)),
                        h.bundle(), quarter.toString())) {
                    theirs.put(cell.getKey(), cell.getValue());
                }
                if (theirs.equals(mine)) {
                    warnings.add(CountsNote.of("look-alike", name + " counts " + quarter + " exactly as bundle " + CountsBundles.shortId(h.bundle())
                            + " from laptop " + CountsBundles.shortId(h.laptop()) + " does, cell for cell: they look "
                            + "like two copies of one casebook and both are counted. If one laptop was restored from "
                            + "the other's casebook, update Cairn on both and make both bundles again: bundles from "
                            + "this version name their casebook, so a copy is counted once", name, quarter.toString(),
                            CountsBundles.shortId(h.bundle()), CountsBundles.shortId(h.laptop())));
                }
            }
        }
        return warnings;
    }

    private record Held(byte[] bundle, byte[] laptop, Instant createdAt, byte[] casebook, long sequence,
            QuarterRange range) {
    }
}
