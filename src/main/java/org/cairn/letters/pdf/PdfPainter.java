package org.cairn.letters.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws composed pages into a PDF. Text PDFBox can lay out is drawn with {@code showText}; glyphs the
 * JDK shaped (Arabic script) are written as glyph ids into a second content stream of the page,
 * because PDFBox has no public call for drawing glyph ids.
 */
final class PdfPainter {

    private final PDDocument document;
    private final DocumentFonts fonts;

    PdfPainter(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void paint(List<List<PageItem>> pages, PDRectangle size, BufferedImage logo) throws IOException {
        PDImageXObject logoImage = logo == null ? null : LosslessFactory.createFromImage(document, logo);
        for (List<PageItem> items : pages) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            ByteArrayOutputStream glyphOps = new ByteArrayOutputStream();
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                for (PageItem item : items) {
                    if (item instanceof PageItem.TextLine t) {
                        line(cs, page, t, glyphOps);
                    } else if (item instanceof PageItem.Logo l && logoImage != null) {
                        cs.drawImage(logoImage, l.x(), l.y(), l.width(), l.height());
                    } else if (item instanceof PageItem.Rule r) {
                        cs.setLineWidth(0.6f);
                        cs.setStrokingColor(0.55f, 0.55f, 0.55f);
                        cs.moveTo(r.x1(), r.y());
                        cs.lineTo(r.x2(), r.y());
                        cs.stroke();
                    }
                }
            }
            if (glyphOps.size() > 0) {
                appendStream(page, glyphOps.toByteArray());
            }
        }
    }

    private void line(PDPageContentStream cs, PDPage page, PageItem.TextLine t, OutputStream glyphOps)
            throws IOException {
        for (Line.Placed placed : t.line().fragments()) {
            float x = t.left() + placed.x();
            if (placed.fragment() instanceof Fragment.Text text) {
                if (text.text().isEmpty()) {
                    continue;
                }
                cs.beginText();
                cs.setFont(fonts.pdf(text.font()), text.size());
                cs.newLineAtOffset(x, t.baseline());
                cs.showText(text.text());
                cs.endText();
            } else if (placed.fragment() instanceof Fragment.Glyphs glyphs) {
                // PDFBox only embeds (subsets) a font once setFont has been called with it
                cs.beginText();
                cs.setFont(fonts.pdf(glyphs.font()), glyphs.size());
                cs.endText();
                glyphs(page, glyphs, x, t.baseline(), glyphOps);
            }
        }
    }

    /** Writes each glyph id at its shaped position; the subset keeps these glyphs. */
    private void glyphs(PDPage page, Fragment.Glyphs g, float x, float baseline, OutputStream out)
            throws IOException {
        if (g.glyphIds().length == 0) {
            return;
        }
        PDType0Font font = fonts.pdf(g.font());
        Set<Integer> ids = new HashSet<>();
        COSName name = page.getResources().add(font);
        StringBuilder ops = new StringBuilder();
        ops.append("BT /").append(name.getName()).append(' ').append(number(g.size())).append(" Tf\n");
        for (int i = 0; i < g.glyphIds().length; i++) {
            int id = g.glyphIds()[i];
            ids.add(id);
            ops.append("1 0 0 1 ").append(number(x + g.x()[i])).append(' ').append(number(baseline + g.y()[i]))
                    .append(" Tm <").append(String.format(Locale.ROOT, "%04X", id)).append("> Tj\n");
        }
        ops.append("ET\n");
        font.addGlyphsToSubset(ids);
        g.text().codePoints().forEach(font::addToSubset); // also maps the plain letters back to text
        out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private void appendStream(PDPage page, byte[] ops) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        PDStream glyphStream = new PDStream(document);
        try (OutputStream out = glyphStream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write("q\n".getBytes(StandardCharsets.US_ASCII));
            out.write(ops);
            out.write("Q\n".getBytes(StandardCharsets.US_ASCII));
        }
        streams.add(glyphStream);
        page.setContents(streams);
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
