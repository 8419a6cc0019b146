package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The positions of a table (cells, then margins) and the lines that tie them together. Position {@code i} is
 * labelled {@code rowCodes.get(i)} / {@code columnCodes.get(i)}; a column code is null in a one-way table, and
 * a margin is labelled {@value #TOTAL}.
 */
public record Layout(int rowCount, int columnCount, List<String> rowCodes, List<String> columnCodes,
        List<Line> lines) {
    public static final String TOTAL = "total";

    public Layout {
        rowCodes = List.copyOf(rowCodes);
        columnCodes = java.util.Collections.unmodifiableList(new ArrayList<>(columnCodes));
        lines = List.copyOf(lines);
    }

    public int size() {
        return rowCodes.size();
    }

    /** The last position is always the grand total. */
    public int grandTotal() {
        return size() - 1;
    }

    public boolean isMargin(int position) {
        return TOTAL.equals(rowCodes.get(position)) || TOTAL.equals(columnCodes.get(position));
    }

    static Layout single() {
        return new Layout(0, 0, List.of(TOTAL), nulls(1), List.of());
    }

    static Layout oneWay(Dimension rows) {
        int k = rows.values().size();
        List<String> codes = new ArrayList<>();
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            codes.add(rows.categoryCode(i));
            members.add(i);
        }
        codes.add(TOTAL);
        return new Layout(k, 0, codes, nulls(k + 1), List.of(new Line(k, members)));
    }

    /** Cells row by row, then the row totals, the column totals and the grand total. */
    static Layout twoWay(Dimension rows, Dimension columns) {
        int r = rows.values().size();
        int c = columns.values().size();
        List<String> rowCodes = new ArrayList<>();
        List<String> columnCodes = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rowCodes.add(rows.categoryCode(i));
                columnCodes.add(columns.categoryCode(j));
            }
        }
        for (int i = 0; i < r; i++) {
            rowCodes.add(rows.categoryCode(i));
            columnCodes.add(TOTAL);
        }
        for (int j = 0; j < c; j++) {
            rowCodes.add(TOTAL);
            columnCodes.add(columns.categoryCode(j));
        }
        rowCodes.add(TOTAL);
        columnCodes.add(TOTAL);
        return new Layout(r, c, rowCodes, columnCodes, twoWayLines(r, c));
    }

    private static List<Line> twoWayLines(int r, int c) {
        int rowTotals = r * c;
        int columnTotals = rowTotals + r;
        int grand = columnTotals + c;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            List<Integer> members = new ArrayList<>();
            for (int j = 0; j < c; j++) {
                members.add(i * c + j);
            }
            lines.add(new Line(rowTotals + i, members));
        }
        for (int j = 0; j < c; j++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < r; i++) {
                members.add(i * c + j);
            }
            lines.add(new Line(columnTotals + j, members));
        }
        lines.add(new Line(grand, range(rowTotals, r)));
        lines.add(new Line(grand, range(columnTotals, c)));
        return lines;
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(from + i);
        }
        return all;
    }

    private static List<String> nulls(int n) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(null);
        }
        return all;
    }
}
