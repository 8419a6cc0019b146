package org.cairn.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report for funders and campaigns: one A4 page per published table, with the header block (period, rules,
 * Cairn version), a bar chart of the table's cells and the table itself. It draws only what the CSV publishes
 * (values and marks of {@link PublishedTable}s); suppressed cells are drawn as a dashed empty box with their mark,
 * never as a bar. The document carries no author, producer or date.
 */
public final class PdfReport {
    static final float MARGIN = 50;
    private final String cairnVersion;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public PdfReport(String cairnVersion) {
        this.cairnVersion = cairnVersion;
    }

    public byte[] render(Publication publication) {
        return render(publication, null, List.of());
    }

    /**
     * As {@link #render(Publication)}, with first pages of plain paragraphs (a summary, coverage, the method).
     *
     * @param title the first page's title, or null for no such pages
     */
    public byte[] render(Publication publication, String title, List<String> paragraphs) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (title != null) {
                new PdfTextPages(document, regular, bold).draw(title, paragraphs);
            }
            for (PublishedTable table : publication.tables()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawPage(content, page.getMediaBox(), table, notesFor(publication, table));
                }
            }
            if (publication.tables().isEmpty()) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the PDF report", e);
        }
    }

    private static List<String> notesFor(Publication publication, PublishedTable table) {
        return publication.notes().stream().filter(n -> n.contains(table.quarter().toString())).toList();
    }

    private void drawPage(PDPageContentStream content, PDRectangle box, PublishedTable table, List<String> notes)
            throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN;
        for (String line : PdfText.wrap(bold, 15, table.spec().title(), width)) {
            y -= 17;
            PdfText.draw(content, bold, 15, MARGIN, y, line);
        }
        y -= 16;
        PdfText.draw(content, regular, 10, MARGIN, y, table.quarter() + ", revision " + table.revision()
                + "  |  table " + table.spec().id());
        y -= 6;
        for (String line : header(table, notes)) {
            for (String wrapped : PdfText.wrap(regular, 8, line, width)) {
                y -= 10;
                PdfText.draw(content, regular, 8, MARGIN, y, wrapped);
            }
        }
        y -= 14;
        y = new BarChart(content, regular, bold, table).draw(MARGIN, y, width);
        y -= 18;
        new TableGrid(content, regular, bold, table).draw(MARGIN, y, width);
    }

    private static String month(java.time.LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    private List<String> header(PublishedTable table, List<String> notes) {
        DisclosureSettings s = table.settings();
        List<String> lines = new ArrayList<>(List.of(
                "Period: " + table.quarter() + " (" + month(table.quarter().firstDay()) + " to "
                        + month(table.quarter().lastDay()) + " " + table.quarter().year()
                        + "), a whole quarter counted on its own.",
                "Cases: " + table.spec().population().description() + ". Counted: " + table.rule().description()
                        + ".",
                "Disclosure control: " + PublishedCell.HIDDEN_MARK + " marks a hidden count, either below "
                        + s.threshold() + " (zero included) or hidden so that a small count cannot be worked out; "
                        + "the mark says nothing about its size. Other counts have a small fixed noise added and "
                        + "are rounded to the nearest " + s.roundingBase() + ". Totals are counted from the "
                        + "unrounded data, so they need not equal the sum of the cells.",
                "Method: " + table.method() + ".",
                "Made with Cairn " + cairnVersion + "."));
        notes.forEach(n -> lines.add("Note: " + n + "."));
        return lines;
    }
}
