package org.cairn.stats;

import java.util.Objects;

/**
 * One table of the catalogue: a population split by at most two dimensions, for one quarter.
 *
 * @param rows the first dimension, or null for a single count
 * @param columns the second dimension, or null
 */
public record TableSpec(String id, String title, Population population, Dimension rows, Dimension columns) {
    public TableSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(population);
        if (columns != null && rows == null) {
            throw new IllegalArgumentException("a table with columns needs rows");
        }
        if (columns != null && (rows.multiValued() || columns.multiValued())) {
            // Margins of a two-way table are sums of its cells only when each case is in one cell.
            throw new IllegalArgumentException("a two-way table cannot use a multi-valued dimension");
        }
    }

    public int dimensions() {
        return rows == null ? 0 : columns == null ? 1 : 2;
    }

    public Layout layout() {
        return switch (dimensions()) {
            case 0 -> Layout.single();
            case 1 -> Layout.oneWay(rows);
            default -> Layout.twoWay(rows, columns);
        };
    }
}
