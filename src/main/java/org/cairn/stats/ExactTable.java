package org.cairn.stats;

/**
 * A table's unrounded counts and cell-key sums, position by position as in its {@link Layout}. Never leaves the
 * stats package: only {@link PublishedTable}s do.
 *
 * @param parts for pooled counts only, each position's count per organisation ({@code parts[position][org]}), for
 *     the contribution rule (ADR 0052); null elsewhere
 */
record ExactTable(TableSpec spec, Quarter quarter, Layout layout, long[] counts, long[] keySums, long[][] parts) {
    ExactTable(TableSpec spec, Quarter quarter, Layout layout, long[] counts, long[] keySums) {
        this(spec, quarter, layout, counts, keySums, null);
    }
}
