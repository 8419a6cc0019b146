package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table is laid out on a report page: groups down the page (the dimension with more categories, so that
 * long labels fit on the left) and series across (shaded bars, and the table's columns). A one-way table has one
 * series; a single count has one group and no margins.
 */
record PageShape(List<String> groups, List<String> series, int[][] cells, int[] groupTotals, int[] seriesTotals,
        int grandTotal) {
    static PageShape of(PublishedTable table) {
        Layout layout = table.layout();
        TableSpec spec = table.spec();
        int grand = layout.grandTotal();
        if (spec.dimensions() == 0) {
            return new PageShape(List.of("all cases"), List.of("count"), new int[][] {{grand}}, null, null, -1);
        }
        if (spec.dimensions() == 1) {
            int k = layout.rowCount();
            int[][] cells = new int[k][1];
            for (int i = 0; i < k; i++) {
                cells[i][0] = i;
            }
            return new PageShape(codes(spec.rows(), k), List.of("count"), cells, null, new int[] {grand}, -1);
        }
        int r = layout.rowCount();
        int c = layout.columnCount();
        boolean columnsDown = c >= r;
        int groups = columnsDown ? c : r;
        int series = columnsDown ? r : c;
        int[][] cells = new int[groups][series];
        int[] groupTotals = new int[groups];
        int[] seriesTotals = new int[series];
        for (int g = 0; g < groups; g++) {
            for (int s = 0; s < series; s++) {
                int row = columnsDown ? s : g;
                int column = columnsDown ? g : s;
                cells[g][s] = row * c + column;
            }
            groupTotals[g] = columnsDown ? r * c + r + g : r * c + g;
        }
        for (int s = 0; s < series; s++) {
            seriesTotals[s] = columnsDown ? r * c + s : r * c + r + s;
        }
        Dimension down = columnsDown ? spec.columns() : spec.rows();
        Dimension across = columnsDown ? spec.rows() : spec.columns();
        return new PageShape(codes(down, groups), codes(across, series), cells, groupTotals, seriesTotals, grand);
    }

    private static List<String> codes(Dimension dimension, int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(PdfText.label(dimension.categoryCode(i)));
        }
        return labels;
    }

    boolean hasSeriesLegend() {
        return series.size() > 1;
    }
}
