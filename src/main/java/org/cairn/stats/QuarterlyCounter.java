package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            Set<Long> counted = consent == null ? null : consent.inForceOn(quarter);
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
        for (int unit : members) {
            int key = units.key(unit);
            counts[total]++;
            keys[total] += key;
            if (spec.dimensions() == 1 && spec.rows().multiValued()) {
                for (String value : units.multiValues(spec.rows(), unit)) {
                    int row = spec.rows().indexOf(value);
                    counts[row]++;
                    keys[row] += key;
                }
            } else if (spec.dimensions() > 0) {
                int row = spec.rows().indexOf(units.value(spec.rows(), unit));
                int cell = spec.columns() == null ? row : row * Math.max(1, layout.columnCount())
                        + spec.columns().indexOf(units.value(spec.columns(), unit));
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
        private final long[] clients;
        private final int[] keys;
        private final String[] firstDates;
        private final String[] secondDates;
        private final String[][] values;
        private final Map<String, Map<Long, List<String>>> multi;

        private Units(Population population, List<String> codes, List<Object[]> rows,
                Map<String, Map<Long, List<String>>> multi) {
            this.population = population;
            this.codes = codes;
            int n = rows.size();
            caseIds = new long[n];
            clients = new long[n];
            keys = new int[n];
            firstDates = new String[n];
            secondDates = new String[n];
            values = new String[n][];
            for (int i = 0; i < n; i++) {
                Object[] row = rows.get(i);
                caseIds[i] = (Long) row[0];
                clients[i] = (Long) row[1];
                keys[i] = (Integer) row[2];
                firstDates[i] = (String) row[3];
                secondDates[i] = (String) row[4];
                values[i] = (String[]) row[5];
            }
            this.multi = multi;
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
            String with = "WITH " + population.relation() + " AS MATERIALIZED (" + population.selectAllQuarters()
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
            Map<String, Map<Long, List<String>>> multi = new HashMap<>();
            for (Dimension d : multiValued.values()) {
                // Once per case, however many of the population's units belong to it.
                Map<Long, List<String>> byCase = new HashMap<>();
                reader.query(with + "SELECT pop.id, " + d.expression() + " FROM (SELECT DISTINCT id FROM "
                        + population.relation() + ") pop " + d.join(), row -> byCase
                                .computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)));
                multi.put(d.code(), byCase);
            }
            return new Units(population, List.copyOf(single.keySet()), rows, multi);
        }

        /** The units in {@code quarter}, of counted clients only when {@code counted} is given. */
        int[] members(Quarter quarter, Set<Long> counted) {
            int[] found = new int[caseIds.length];
            int n = 0;
            for (int i = 0; i < caseIds.length; i++) {
                if (population.inQuarter(firstDates[i], secondDates[i], quarter)
                        && (counted == null || counted.contains(clients[i]))) {
                    found[n++] = i;
                }
            }
            return java.util.Arrays.copyOf(found, n);
        }

        int key(int unit) {
            return keys[unit];
        }

        String value(Dimension dimension, int unit) {
            return values[unit][codes.indexOf(dimension.code())];
        }

        List<String> multiValues(Dimension dimension, int unit) {
            return multi.get(dimension.code()).getOrDefault(caseIds[unit], List.of());
        }
    }
}
