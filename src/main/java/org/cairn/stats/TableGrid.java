package org.cairn.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The table itself under the chart: every published value and mark, totals included, as in the CSV. */
final class TableGrid {
    private static final float ROW = 12;
    private static final float LABEL_WIDTH = 150;

    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private final PublishedTable table;
    private final PageShape shape;

    TableGrid(PDPageContentStream content, PDFont regular, PDFont bold, PublishedTable table) {
        this.content = content;
        this.regular = regular;
        this.bold = bold;
        this.table = table;
        this.shape = PageShape.of(table);
    }

    void draw(float left, float top, float width) throws IOException {
        List<String> headings = new ArrayList<>(shape.series());
        boolean groupTotals = shape.groupTotals() != null;
        if (groupTotals) {
            headings.add("total");
        }
        // Wide enough for the longest heading (for example "immigration authority"), within the page.
        float widest = 0;
        for (String heading : headings) {
            widest = Math.max(widest, PdfText.width(bold, 8, heading) + 8);
        }
        float column = Math.min(Math.max(70, widest), (width - LABEL_WIDTH) / headings.size());
        float y = top;
        PdfText.draw(content, bold, 10, left, y, "Table");
        y -= ROW + 2;
        for (int h = 0; h < headings.size(); h++) {
            heading(headings.get(h), left + LABEL_WIDTH + (h + 1) * column, y, column);
        }
        rule(left, y - 3, LABEL_WIDTH + headings.size() * column);
        for (int g = 0; g < shape.groups().size(); g++) {
            y -= ROW;
            PdfText.draw(content, regular, 8, left, y, shape.groups().get(g));
            for (int s = 0; s < shape.series().size(); s++) {
                value(shape.cells()[g][s], left + LABEL_WIDTH + (s + 1) * column, y);
            }
            if (groupTotals) {
                value(shape.groupTotals()[g], left + LABEL_WIDTH + headings.size() * column, y);
            }
        }
        if (shape.seriesTotals() != null) {
            rule(left, y - 3, LABEL_WIDTH + headings.size() * column);
            y -= ROW;
            PdfText.draw(content, bold, 8, left, y, "total");
            for (int s = 0; s < shape.series().size(); s++) {
                value(shape.seriesTotals()[s], left + LABEL_WIDTH + (s + 1) * column, y);
            }
            if (groupTotals) {
                value(shape.grandTotal(), left + LABEL_WIDTH + headings.size() * column, y);
            }
        }
    }

    private void value(int position, float right, float y) throws IOException {
        PublishedCell cell = table.cell(position);
        rightAligned(cell.isSuppressed() ? bold : regular, cell.display(table.settings()), right, y);
    }

    /** A heading too long for its column is set smaller rather than run into its neighbour. */
    private void heading(String text, float right, float y, float column) throws IOException {
        float size = Math.min(8, 8 * (column - 8) / PdfText.width(bold, 8, text));
        PdfText.draw(content, bold, size, right - 4 - PdfText.width(bold, size, text), y, text);
    }

    private void rightAligned(PDFont font, String text, float right, float y) throws IOException {
        PdfText.draw(content, font, 8, right - 4 - PdfText.width(font, 8, text), y, text);
    }

    private void rule(float left, float y, float length) throws IOException {
        content.setStrokingColor(0.5f);
        content.setLineWidth(0.4f);
        content.moveTo(left, y);
        content.lineTo(left + length, y);
        content.stroke();
    }
}
