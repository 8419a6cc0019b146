package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Reader;

/**
 * Counts the tables of many quarters from one read of the casebook. Each population's units are read once with
 * their dates, client, record key and dimension values (the same SQL expressions {@link TableCounter} groups by),
 * and each quarter's cells are added up here. {@link TableCounter} runs one statement per quarter, which at 100k
 * cases and twenty quarters took seconds per quarter (docs/benchmarks.md); it stays as the reference the tests
 * compare this with.
 */
final class QuarterlyCounter {
    private final CountingRule rule;

    QuarterlyCounter(CountingRule rule) {
        this.rule = rule;
    }

    /** The exact tables of each quarter, in the order of {@code specs}. */
    Map<Quarter, List<ExactTable>> count(Reader reader, List<TableSpec> specs, List<Quarter> quarters)
            throws SQLException {
        Map<Quarter, List<ExactTable>> result = new LinkedHashMap<>();
        if (quarters.isEmpty()) {
            return result;
        }
        Map<Population, Units> units = new LinkedHashMap<>();
        for (TableSpec spec : specs) {
            if (!units.containsKey(spec.population())) {
                units.put(spec.population(), Units.read(reader, spec.population(), specs));
            }
        }
        ConsentHistory consent = rule == CountingRule.CONSENTED ? ConsentHistory.read(reader) : null;
        for (Quarter quarter : quarters) {
            BitSet counted = consent == null ? null : consent.inForceOn(quarter);
            Map<Population, int[]> members = new HashMap<>();
            units.forEach((population, all) -> members.put(population, all.members(quarter, counted)));
            List<ExactTable> tables = new ArrayList<>();
            for (TableSpec spec : specs) {
                tables.add(table(spec, quarter, units.get(spec.population()), members.get(spec.population())));
            }
            result.put(quarter, tables);
        }
        return result;
    }

    private static ExactTable table(TableSpec spec, Quarter quarter, Units units, int[] members) {
        Layout layout = spec.layout();
        long[] counts = new long[layout.size()];
        long[] keys = new long[layout.size()];
        int total = layout.grandTotal();
        boolean multi = spec.dimensions() == 1 && spec.rows().multiValued();
        int rows = spec.dimensions() == 0 || multi ? -1 : units.position(spec.rows());
        int columns = spec.columns() == null ? -1 : units.position(spec.columns());
        int width = Math.max(1, layout.columnCount());
        for (int unit : members) {
            int key = units.key(unit);
            counts[total]++;
            keys[total] += key;
            if (multi) {
                for (int row : units.multiIndexes(spec.rows(), unit)) {
                    counts[row]++;
                    keys[row] += key;
                }
            } else if (rows >= 0) {
                int row = units.index(spec.rows(), rows, unit);
                int cell = columns < 0 ? row : row * width + units.index(spec.columns(), columns, unit);
                counts[cell]++;
                keys[cell] += key;
            }
        }
        if (spec.dimensions() > 0 && !spec.rows().multiValued()) {
            TableCounter.addMargins(layout, counts, keys);
        }
        return new ExactTable(spec, quarter, layout, counts, keys);
    }

    /** One population's rows for every quarter, column by column. */
    private static final class Units {
        private final Population population;
        private final List<String> codes;
        private final long[] caseIds;
        private final int[] clients;
        private final int[] keys;
        private final int[] firstDays;
        private final int[] secondDays;
        private final String[][] values;
        // Each value's place in its dimension, found once rather than once per quarter and table (-1: unknown).
        private final int[][] indexes;
        private final Map<String, int[][]> multi;

        private Units(Population population, List<Dimension> dimensions, List<Object[]> rows,
                Map<Dimension, Map<Long, List<String>>> multiValues) {
            this.population = population;
            this.codes = dimensions.stream().map(Dimension::code).toList();
            int n = rows.size();
            caseIds = new long[n];
            clients = new int[n];
            keys = new int[n];
            firstDays = new int[n];
            secondDays = new int[n];
            values = new String[n][];
            indexes = new int[n][];
            for (int i = 0; i < n; i++) {
                Object[] row = rows.get(i);
                caseIds[i] = (Long) row[0];
                clients[i] = Math.toIntExact((Long) row[1]);
                keys[i] = (Integer) row[2];
                firstDays[i] = Population.day((String) row[3]);
                secondDays[i] = Population.day((String) row[4]);
                values[i] = (String[]) row[5];
                indexes[i] = new int[dimensions.size()];
                for (int d = 0; d < dimensions.size(); d++) {
                    indexes[i][d] = dimensions.get(d).values().indexOf(values[i][d]);
                }
            }
            multi = new HashMap<>();
            multiValues.forEach((dimension, byCase) -> {
                int[][] places = new int[n][];
                for (int i = 0; i < n; i++) {
                    List<String> found = byCase.getOrDefault(caseIds[i], List.of());
                    places[i] = new int[found.size()];
                    for (int v = 0; v < found.size(); v++) {
                        // An unknown value fails here, as Dimension.indexOf does for the SQL counter.
                        places[i][v] = dimension.indexOf(found.get(v));
                    }
                }
                multi.put(dimension.code(), places);
            });
        }

        static Units read(Reader reader, Population population, List<TableSpec> specs) throws SQLException {
            Map<String, Dimension> single = new LinkedHashMap<>();
            Map<String, Dimension> multiValued = new LinkedHashMap<>();
            for (TableSpec spec : specs) {
                if (spec.population() != population) {
                    continue;
                }
                for (Dimension d : new Dimension[] {spec.rows(), spec.columns()}) {
                    if (d != null) {
                        (d.multiValued() ? multiValued : single).putIfAbsent(d.code(), d);
                    }
                }
            }
            String with = "WITH " + population.relation() + " AS (" + population.selectAllQuarters()
                    + ")\n";
            StringBuilder select = new StringBuilder("SELECT pop.id, pop.client_id, pop.record_key, pop.d1, pop.d2");
            single.values().forEach(d -> select.append(", ").append(d.expression()));
            int width = single.size();
            List<Object[]> rows = reader.query(with + select + " FROM " + population.relation() + " pop", row -> {
                String[] values = new String[width];
                for (int d = 0; d < width; d++) {
                    values[d] = row.getString(6 + d);
                }
                return new Object[] {row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4),
                        row.getString(5), values};
            });
            Map<Dimension, Map<Long, List<String>>> multi = new LinkedHashMap<>();
            for (Dimension d : multiValued.values()) {
                // Once per case, however many of the population's units belong to it.
                Map<Long, List<String>> byCase = new HashMap<>();
                reader.query(with + "SELECT pop.id, " + d.expression() + " FROM (SELECT DISTINCT id FROM "
                        + population.relation() + ") pop " + d.join(), row -> byCase
                                .computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)));
                multi.put(d, byCase);
            }
            return new Units(population, List.copyOf(single.values()), rows, multi);
        }

        /** The units in {@code quarter}, of counted clients only when {@code counted} is given. */
        int[] members(Quarter quarter, BitSet counted) {
            int first = Population.day(quarter.firstDay());
            int last = Population.day(quarter.lastDay());
            int[] found = new int[caseIds.length];
            int n = 0;
            for (int i = 0; i < caseIds.length; i++) {
                if (population.inQuarter(firstDays[i], secondDays[i], first, last)
                        && (counted == null || counted.get(clients[i]))) {
                    found[n++] = i;
                }
            }
            return Arrays.copyOf(found, n);
        }

        int key(int unit) {
            return keys[unit];
        }

        /** Where a single-valued dimension's values are kept. */
        int position(Dimension dimension) {
            return codes.indexOf(dimension.code());
        }

        /** The unit's place in the dimension; an unknown value fails as {@link Dimension#indexOf} does. */
        int index(Dimension dimension, int position, int unit) {
            int index = indexes[unit][position];
            return index >= 0 ? index : dimension.indexOf(values[unit][position]);
        }

        int[] multiIndexes(Dimension dimension, int unit) {
            return multi.get(dimension.code())[unit];
        }
    }
}
