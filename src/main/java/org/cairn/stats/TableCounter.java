package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Reader;

/**
 * Counts the tables of one quarter from unrounded data. Each table is one GROUP BY over the population, and the
 * tables that share a population run as one compound statement over it, so the casebook is scanned once per
 * population rather than once per table. The grand total is the number of distinct cases (a case with several
 * abuse types is one case in the total); the other margins are sums of cells.
 */
final class TableCounter {
    private static final int TOTAL = -1;
    private final CountingRule rule;

    TableCounter(CountingRule rule) {
        this.rule = rule;
    }

    /** The exact tables in the order of {@code specs}. */
    List<ExactTable> count(Reader reader, List<TableSpec> specs, Quarter quarter) throws SQLException {
        Map<Population, List<Integer>> byPopulation = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            byPopulation.computeIfAbsent(specs.get(i).population(), p -> new ArrayList<>()).add(i);
        }
        ExactTable[] tables = new ExactTable[specs.size()];
        for (Map.Entry<Population, List<Integer>> group : byPopulation.entrySet()) {
            PopulationSql pop = PopulationSql.of(group.getKey(), rule, quarter);
            StringBuilder sql = new StringBuilder(pop.with())
                    .append("SELECT ").append(TOTAL).append(", NULL, NULL, count(*), coalesce(sum(record_key), 0) ")
                    .append("FROM pop");
            for (int i : group.getValue()) {
                sql.append(groupBy(i, specs.get(i)));
            }
            List<Group> rows = reader.query(sql.toString(), row -> new Group(row.getInt(1), row.getString(2),
                    row.getString(3), row.getLong(4), row.getLong(5)), pop.parametersArray());
            Group total = rows.stream().filter(g -> g.table() == TOTAL).findFirst().orElseThrow();
            for (int i : group.getValue()) {
                tables[i] = assemble(specs.get(i), quarter, total, rows.stream().filter(g -> g.table() == i).toList());
            }
        }
        return List.of(tables);
    }

    private static String groupBy(int index, TableSpec spec) {
        return switch (spec.dimensions()) {
            case 0 -> "";
            case 1 -> "\nUNION ALL SELECT " + index + ", " + spec.rows().expression() + ", NULL, count(*), "
                    + "sum(pop.record_key) FROM pop" + (spec.rows().multiValued() ? " " + spec.rows().join() : "")
                    + " GROUP BY 2";
            default -> "\nUNION ALL SELECT " + index + ", " + spec.rows().expression() + ", "
                    + spec.columns().expression() + ", count(*), sum(pop.record_key) FROM pop GROUP BY 2, 3";
        };
    }

    private static ExactTable assemble(TableSpec spec, Quarter quarter, Group total, List<Group> groups) {
        Layout layout = spec.layout();
        long[] counts = new long[layout.size()];
        long[] keys = new long[layout.size()];
        int c = Math.max(1, layout.columnCount());
        for (Group g : groups) {
            int row = spec.rows().indexOf(g.row());
            int cell = spec.columns() == null ? row : row * c + spec.columns().indexOf(g.column());
            counts[cell] = g.count();
            keys[cell] = g.keySum();
        }
        if (spec.dimensions() == 2) {
            for (Line line : layout.lines()) {
                if (line.total() != layout.grandTotal()) {
                    for (int member : line.members()) {
                        counts[line.total()] += counts[member];
                        keys[line.total()] += keys[member];
                    }
                }
            }
        }
        counts[layout.grandTotal()] = total.count();
        keys[layout.grandTotal()] = total.keySum();
        boolean additive = spec.dimensions() == 1 && !spec.rows().multiValued() || spec.dimensions() == 2;
        if (additive && groups.stream().mapToLong(Group::count).sum() != total.count()) {
            throw new IllegalStateException("the cells of " + spec.id() + " do not add up to its total");
        }
        return new ExactTable(spec, quarter, layout, counts, keys);
    }

    private record Group(int table, String row, String column, long count, long keySum) {
    }
}
