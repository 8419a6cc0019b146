package org.cairn.stats;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Horizontal bars for a table's cells (its totals are in the grid below). Bars are drawn to scale from the
 * published values only; a suppressed cell gets a small dashed empty box and its mark, the same size whatever it
 * hides, so the drawing gives away nothing the numbers do not.
 */
final class BarChart {
    private static final float LABEL_WIDTH = 150;
    private static final float VALUE_WIDTH = 40;
    private static final float GROUP_GAP = 5;
    private static final float SUPPRESSED_BOX = 22;
    private static final float[] SHADES = {0.25f, 0.55f, 0.78f};

    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private final PublishedTable table;
    private final PageShape shape;

    BarChart(PDPageContentStream content, PDFont regular, PDFont bold, PublishedTable table) {
        this.content = content;
        this.regular = regular;
        this.bold = bold;
        this.table = table;
        this.shape = PageShape.of(table);
    }

    /** Draws from {@code top} downwards; returns the y below the chart. */
    float draw(float left, float top, float width) throws IOException {
        float y = top;
        PdfText.draw(content, bold, 10, left, y, "Chart");
        if (shape.hasSeriesLegend()) {
            float x = left + 45;
            for (int s = 0; s < shape.series().size(); s++) {
                shade(s);
                content.addRect(x, y - 1, 8, 8);
                content.fill();
                content.setNonStrokingColor(0f);
                PdfText.draw(content, regular, 8, x + 11, y, shape.series().get(s));
                x += 16 + PdfText.width(regular, 8, shape.series().get(s));
            }
        }
        y -= 8;
        float barHeight = shape.hasSeriesLegend() ? 7 : 13;
        float barArea = width - LABEL_WIDTH - VALUE_WIDTH;
        int max = 1;
        for (int[] group : shape.cells()) {
            for (int position : group) {
                PublishedCell cell = table.cell(position);
                max = Math.max(max, cell.isSuppressed() ? 0 : cell.value());
            }
        }
        float axisTop = y;
        for (int g = 0; g < shape.groups().size(); g++) {
            y -= GROUP_GAP;
            float groupTop = y;
            for (int s = 0; s < shape.cells()[g].length; s++) {
                y -= barHeight + 2;
                bar(table.cell(shape.cells()[g][s]), s, left + LABEL_WIDTH, y, barHeight, barArea, max);
            }
            float labelY = (groupTop + y) / 2 - 3;
            PdfText.draw(content, regular, 8, left, labelY, shape.groups().get(g));
        }
        y -= GROUP_GAP;
        content.setStrokingColor(0f);
        content.setLineWidth(0.6f);
        content.moveTo(left + LABEL_WIDTH, axisTop);
        content.lineTo(left + LABEL_WIDTH, y);
        content.stroke();
        return y;
    }

    private void bar(PublishedCell cell, int series, float x, float y, float height, float area, int max)
            throws IOException {
        String text = cell.display(table.settings());
        if (cell.isSuppressed()) {
            content.setStrokingColor(0f);
            content.setLineWidth(0.7f);
            content.setLineDashPattern(new float[] {2, 2}, 0);
            content.addRect(x + 1, y, SUPPRESSED_BOX, height);
            content.stroke();
            content.setLineDashPattern(new float[] {}, 0);
            PdfText.draw(content, bold, 8, x + SUPPRESSED_BOX + 5, y + height / 2 - 3, text);
            return;
        }
        float length = area * cell.value() / max;
        shade(series);
        content.addRect(x + 1, y, length, height);
        content.fill();
        content.setNonStrokingColor(0f);
        PdfText.draw(content, regular, 8, x + length + 4, y + height / 2 - 3, text);
    }

    private void shade(int series) throws IOException {
        content.setNonStrokingColor(SHADES[series % SHADES.length]);
    }
}
