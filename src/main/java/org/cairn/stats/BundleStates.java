package org.cairn.stats;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.vault.Tx;

/**
 * Which bundle counts for a quarter, one per casebook (ADR 0033). A bundle names its casebook since format 2; a
 * bundle from an older Cairn is taken to come from the casebook its laptop names in its newer bundles, or else
 * stands for its laptop alone. Of the bundles of one casebook that cover the quarter, the newest (by creation time,
 * then bundle count, then import order) is counted; when they come from more than one state of the casebook (two laptop ids, or a
 * bundle count that went back, as after restoring a backup) a note says which was counted and which were not.
 */
final class BundleStates {
    private static final HexFormat HEX = HexFormat.of();

    private BundleStates() {
    }

    /** The bundle counted for each casebook, in the order of their newest bundles; notes what was left out. */
    static List<Counted> newestPerCasebook(Tx tx, CountingRule rule, Quarter quarter, List<String> notes)
            throws SQLException {
        String period = quarter.toString();
        Map<String, String> casebookOfLaptop = new HashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (String[] pair : tx.query("SELECT DISTINCT b.laptop_id, o.casebook FROM stats_bundle b "
                + "JOIN stats_bundle_origin o ON o.bundle_id = b.bundle_id", row -> new String[] {
                HEX.formatHex(row.getBytes(1)), HEX.formatHex(row.getBytes(2))})) {
            String before = casebookOfLaptop.putIfAbsent(pair[0], pair[1]);
            if (before != null && !before.equals(pair[1])) {
                ambiguous.add(pair[0]);
            }
        }
        Map<String, List<Row>> byCasebook = new LinkedHashMap<>();
        for (Row row : tx.query("SELECT b.laptop_id, b.bundle_id, o.casebook, o.sequence, b.created_at "
                + "FROM stats_bundle b LEFT JOIN stats_bundle_origin o ON o.bundle_id = b.bundle_id "
                + "WHERE b.counting_rule = ? AND b.first_period <= ? AND b.last_period >= ? "
                + "ORDER BY b.created_at, o.sequence, b.rowid", r -> new Row(HEX.formatHex(r.getBytes(1)),
                r.getBytes(2),
                r.getBytes(3) == null ? null : HEX.formatHex(r.getBytes(3)), r.getLong(4),
                Instant.ofEpochMilli(r.getLong(5))), rule.name(), period, period)) {
            String casebook = row.casebook() != null ? row.casebook()
                    : ambiguous.contains(row.laptop()) ? null : casebookOfLaptop.get(row.laptop());
            String group = casebook != null ? "casebook " + casebook : "laptop " + row.laptop();
            byCasebook.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
        }
        List<Counted> counted = new ArrayList<>();
        Set<String> unchecked = new LinkedHashSet<>();
        for (Map.Entry<String, List<Row>> group : byCasebook.entrySet()) {
            List<Row> rows = group.getValue();
            Row newest = rows.get(rows.size() - 1);
            counted.add(new Counted(newest.laptop(), newest.bundle()));
            if (group.getKey().startsWith("laptop ")) {
                unchecked.add(newest.laptop().substring(0, 8));
            } else if (statesOf(rows) > 1) {
                notes.add(period + ": casebook " + group.getKey().substring(9, 17) + " sent bundles from "
                        + statesOf(rows) + " states of one casebook (for example a restored backup); only its newest, "
                        + "bundle " + HEX.formatHex(newest.bundle(), 0, 4) + " from laptop "
                        + newest.laptop().substring(0, 8) + " made " + newest.createdAt() + ", is counted; not "
                        + String.join(", ", rows.subList(0, rows.size() - 1).stream().map(r -> "bundle "
                                + HEX.formatHex(r.bundle(), 0, 4) + " from laptop " + r.laptop().substring(0, 8)
                                + " made " + r.createdAt()).toList()));
            }
        }
        if (!unchecked.isEmpty()) {
            notes.add(period + ": the bundles of laptop " + String.join(", ", unchecked) + " were made by an older "
                    + "version of Cairn and do not name their casebook, so whether they repeat the cases of another "
                    + "laptop (a restored or copied casebook) cannot be checked; ask for new bundles");
        }
        return counted;
    }

    /**
     * How many states of one casebook its bundles show: a new laptop id, or a bundle count that does not go up from
     * one bundle to the next in creation order, starts another.
     */
    static int statesOf(List<Row> rows) {
        int states = 1;
        for (int i = 1; i < rows.size(); i++) {
            Row before = rows.get(i - 1);
            Row row = rows.get(i);
            boolean sequenceWentBack = before.casebook() != null && row.casebook() != null
                    && row.sequence() <= before.sequence();
            if (!row.laptop().equals(before.laptop()) || sequenceWentBack) {
                states++;
            }
        }
        return states;
    }

    /** The bundle counted for one casebook, and the laptop id it came under (hex). */
    record Counted(String laptopHex, byte[] bundle) {
    }

    record Row(String laptop, byte[] bundle, String casebook, long sequence, Instant createdAt) {
    }
}
