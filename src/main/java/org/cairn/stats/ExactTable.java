package org.cairn.stats;

/**
 * A table's unrounded counts and cell-key sums, position by position as in its {@link Layout}. Never leaves the
 * stats package: only {@link PublishedTable}s do.
 */
record ExactTable(TableSpec spec, Quarter quarter, Layout layout, long[] counts, long[] keySums) {
}
