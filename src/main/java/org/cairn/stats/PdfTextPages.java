package org.cairn.stats;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Pages of plain paragraphs under a title, at the front of a report; a new page starts when one is full. */
final class PdfTextPages {
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;

    PdfTextPages(PDDocument document, PDFont regular, PDFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    /** A paragraph starting with {@code "# "} is drawn as a heading. */
    void draw(String title, List<String> paragraphs) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDPageContentStream content = new PDPageContentStream(document, page);
        try {
            float width = page.getMediaBox().getWidth() - 2 * PdfReport.MARGIN;
            float y = page.getMediaBox().getHeight() - PdfReport.MARGIN;
            for (String line : PdfText.wrap(bold, 16, title, width)) {
                y -= 19;
                PdfText.draw(content, bold, 16, PdfReport.MARGIN, y, line);
            }
            for (String paragraph : paragraphs) {
                boolean heading = paragraph.startsWith("# ");
                PDFont font = heading ? bold : regular;
                List<String> lines = PdfText.wrap(font, SIZE, heading ? paragraph.substring(2) : paragraph, width);
                y -= heading ? 10 : 5;
                for (String line : lines) {
                    if (y - LEADING < PdfReport.MARGIN) {
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = page.getMediaBox().getHeight() - PdfReport.MARGIN;
                    }
                    y -= LEADING;
                    PdfText.draw(content, font, SIZE, PdfReport.MARGIN, y, line);
                }
            }
        } finally {
            content.close();
        }
    }
}
