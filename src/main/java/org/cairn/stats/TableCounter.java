package org.cairn.stats;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Reader;

/**
 * Counts one table for one quarter with a single GROUP BY query, and derives its margins from unrounded data:
 * the grand total is the number of distinct cases in the population (so a case with several abuse types is one
 * case in the total), the other margins are sums of cells.
 */
final class TableCounter {
    private final CountingRule rule;

    TableCounter(CountingRule rule) {
        this.rule = rule;
    }

    ExactTable count(Reader reader, TableSpec spec, Quarter quarter) throws SQLException {
        PopulationSql pop = PopulationSql.of(spec.population(), rule, quarter);
        Layout layout = spec.layout();
        long[] counts = new long[layout.size()];
        long[] keys = new long[layout.size()];
        Group total = reader.queryOne(pop.with() + "SELECT count(*), coalesce(sum(record_key), 0) FROM pop",
                row -> new Group(0, 0, row.getLong(1), row.getLong(2)), pop.parametersArray()).orElseThrow();
        counts[layout.grandTotal()] = total.count();
        keys[layout.grandTotal()] = total.keySum();
        if (spec.dimensions() == 1) {
            fillOneWay(reader, spec, pop, counts, keys);
        } else if (spec.dimensions() == 2) {
            fillTwoWay(reader, spec, pop, layout, counts, keys);
        }
        return new ExactTable(spec, quarter, layout, counts, keys);
    }

    private static void fillOneWay(Reader reader, TableSpec spec, PopulationSql pop, long[] counts, long[] keys)
            throws SQLException {
        Dimension rows = spec.rows();
        String join = rows.multiValued() ? " " + rows.join() : "";
        List<Group> groups = reader.query(pop.with() + "SELECT " + rows.expression()
                + ", count(*), sum(pop.record_key) FROM pop" + join + " GROUP BY 1",
                row -> new Group(rows.indexOf(row.getString(1)), 0, row.getLong(2), row.getLong(3)),
                pop.parametersArray());
        long sum = 0;
        for (Group g : groups) {
            counts[g.row()] = g.count();
            keys[g.row()] = g.keySum();
            sum += g.count();
        }
        if (!rows.multiValued() && sum != counts[counts.length - 1]) {
            throw new IllegalStateException("the cells of " + spec.id() + " do not add up to its total");
        }
    }

    private static void fillTwoWay(Reader reader, TableSpec spec, PopulationSql pop, Layout layout, long[] counts,
            long[] keys) throws SQLException {
        Dimension rows = spec.rows();
        Dimension columns = spec.columns();
        List<Group> groups = reader.query(pop.with() + "SELECT " + rows.expression() + ", " + columns.expression()
                + ", count(*), sum(pop.record_key) FROM pop GROUP BY 1, 2",
                row -> new Group(rows.indexOf(row.getString(1)), columns.indexOf(row.getString(2)), row.getLong(3),
                        row.getLong(4)), pop.parametersArray());
        int c = layout.columnCount();
        for (Group g : groups) {
            counts[g.row() * c + g.column()] = g.count();
            keys[g.row() * c + g.column()] = g.keySum();
        }
        for (Line line : layout.lines()) {
            if (line.total() == layout.grandTotal()) {
                continue;
            }
            for (int member : line.members()) {
                counts[line.total()] += counts[member];
                keys[line.total()] += keys[member];
            }
        }
        if (counts[layout.grandTotal()] != sumOfCells(counts, layout.rowCount() * c)) {
            throw new IllegalStateException("the cells of " + spec.id() + " do not add up to its total");
        }
    }

    private static long sumOfCells(long[] counts, int cells) {
        long sum = 0;
        for (int i = 0; i < cells; i++) {
            sum += counts[i];
        }
        return sum;
    }

    private record Group(int row, int column, long count, long keySum) {
    }
}
