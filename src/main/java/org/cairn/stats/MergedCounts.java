package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.vault.Tx;

/**
 * The exact counts of a quarter summed over the imported bundles: for each casebook, its latest bundle that covers
 * the quarter under the requested rule (a later bundle from the same casebook replaces an earlier one, by creation
 * time, then import order, so a laptop that exports again, or a restored copy of its casebook, is not counted
 * twice; see {@link BundleStates}). Cell keys add up modulo 256, so
 * the merged cell key of a cell is the same for the same cases on the same laptops, as on one casebook. A table
 * missing from one of those bundles (imported from an older Cairn) is left out of the quarter with a note, never
 * summed over only the laptops that have it.
 */
final class MergedCounts implements ExactSource {
    private final boolean pooled;
    private final String one;
    private final String many;

    /** An organisation's coordinator merging its laptops' bundles. */
    MergedCounts() {
        this(false);
    }

    /** With {@code pooled}, a coalition pooling organisations' bundles (ADR 0047), each already merged. */
    MergedCounts(boolean pooled) {
        this.pooled = pooled;
        this.one = pooled ? "organisation" : "laptop";
        this.many = pooled ? "organisations" : "laptops";
    }

    @Override
    public List<ExactTable> count(Tx tx, List<TableSpec> specs, CountingRule rule, Quarter quarter,
            List<String> notes) throws SQLException {
        if (CoalitionRole.isCoalition(tx) != pooled) {
            throw new CountsRefusedException(pooled ? CountsProblem.NOT_A_COALITION
                    : CountsProblem.COALITION_BUNDLES_COME_FROM_ORGANISATIONS, pooled
                    ? "this casebook is not a coalition's, so it has no organisations' bundles to pool; publish its "
                            + "laptops' bundles with 'cairn stats-merge'"
                    : "this is a coalition's casebook: its bundles come from organisations; publish them with "
                            + "'cairn coalition-merge'");
        }
        String period = quarter.toString();
        Map<String, byte[]> latestByLaptop = new LinkedHashMap<>();
        for (BundleStates.Counted counted : BundleStates.newestPerCasebook(tx, rule, quarter, notes)) {
            // Keyed by laptop id first (notes name laptops), made unique: each casebook counts once.
            latestByLaptop.put(counted.laptopHex() + "#" + latestByLaptop.size(), counted.bundle());
        }
        if (latestByLaptop.isEmpty()) {
            throw new CountsRefusedException(CountsProblem.NO_BUNDLE_COUNTS, "no imported bundle counts " + period + " under the rule '"
                    + rule.code() + "'; import the " + many + "' bundles for it, or choose other quarters", period.toString(), rule.code());
        }
        Map<String, long[]> counts = new HashMap<>();
        Map<String, long[]> keys = new HashMap<>();
        for (TableSpec spec : specs) {
            counts.put(spec.id(), new long[spec.layout().size()]);
            keys.put(spec.id(), new long[spec.layout().size()]);
        }
        Map<String, Set<String>> heldBy = new HashMap<>();
        // Pooled: each cell's count per organisation, for the contribution rule (ADR 0052).
        Map<String, long[][]> parts = new HashMap<>();
        if (pooled) {
            specs.forEach(spec -> parts.put(spec.id(), new long[spec.layout().size()][latestByLaptop.size()]));
        }
        int index = -1;
        for (Map.Entry<String, byte[]> laptop : latestByLaptop.entrySet()) {
            index++;
            byte[] bundle = laptop.getValue();
            for (Cell cell : tx.query("SELECT table_id, position, count, key_sum FROM stats_bundle_cell "
                    + "WHERE bundle_id = ? AND period = ?", r -> new Cell(r.getString(1), r.getInt(2), r.getLong(3),
                    r.getLong(4)), bundle, period)) {
                long[] c = counts.get(cell.tableId());
                heldBy.computeIfAbsent(cell.tableId(), t -> new HashSet<>()).add(laptop.getKey());
                if (c != null) {
                    c[cell.position()] += cell.count();
                    keys.get(cell.tableId())[cell.position()] += cell.keySum();
                    if (pooled) {
                        parts.get(cell.tableId())[cell.position()][index] = cell.count();
                    }
                }
            }
        }
        if (pooled) {
            requireEveryExpected(tx, quarter, latestByLaptop.size());
        }
        notes.add(period + (pooled ? " is pooled" : " is merged") + " from the bundles of " + latestByLaptop.size()
                + " " + (latestByLaptop.size() == 1 ? one : many));
        List<ExactTable> tables = new ArrayList<>();
        for (TableSpec spec : specs) {
            Set<String> missing = new TreeSet<>(latestByLaptop.keySet());
            missing.removeAll(heldBy.getOrDefault(spec.id(), Set.of()));
            if (!missing.isEmpty()) {
                // A bundle made before the table existed: adding the others' counts would publish a false total.
                notes.add(spec.id() + " is not included for " + period + ": the bundle of " + one + " "
                        + String.join(", ", missing.stream().map(id -> id.substring(0, 8)).toList())
                        + " was made by a version of Cairn without this table; ask for a new bundle");
                continue;
            }
            tables.add(new ExactTable(spec, quarter, spec.layout(), counts.get(spec.id()), keys.get(spec.id()),
                    parts.get(spec.id())));
        }
        return tables;
    }

    /**
     * A pooled quarter is counted only once every expected organisation has sent its bundle, so that it is never
     * published with and then without one of them (ADR 0047): the comparison would show that organisation's counts.
     */
    private static void requireEveryExpected(Tx tx, Quarter quarter, int organisations) throws SQLException {
        int expected = CoalitionRole.expected(tx).orElseThrow(() -> new CountsRefusedException(CountsProblem.EXPECTED_NOT_SET, "this coalition "
                + "has not said how many organisations it expects; say so once with --expected N, so that no pooled "
                + "quarter is published before every organisation has sent its bundle"));
        if (organisations < expected) {
            throw new CountsRefusedException(CountsProblem.TOO_FEW_ORGANISATIONS, quarter + " includes " + organisations + " of the " + expected
                    + " organisations expected; nothing was published. Publish it once every organisation has sent "
                    + "its bundle, so that it is never published with and then without one of them", quarter.toString(),
                    organisations, expected);
        }
    }

    @Override
    public String auditSubject() {
        return pooled ? "pooled counts" : "merged counts";
    }

    private record Cell(String tableId, int position, long count, long keySum) {
    }
}
