package org.cairn.ui.create;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One A4 page with the recovery key, made in memory. The key is ASCII, so a standard font needs nothing
 * embedded; the document carries no author, producer or date that could point at the advocate or the laptop.
 */
final class RecoveryKeyPdf {
    private RecoveryKeyPdf() {
    }

    static byte[] render(String heading, String key, String advice) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            float top = page.getMediaBox().getHeight() - 90;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, bold, 18, 72, top, heading);
                String[] halves = RecoveryKeyView.twoLines(key).split("\n");
                for (int i = 0; i < halves.length; i++) {
                    line(text, mono, 16, 72, top - 50 - i * 24, halves[i]);
                }
                line(text, regular, 11, 72, top - 60 - halves.length * 24, advice);
            }
            document.getDocumentInformation().setProducer(null);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the recovery key page could not be made", e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(value);
        text.endText();
    }
}
