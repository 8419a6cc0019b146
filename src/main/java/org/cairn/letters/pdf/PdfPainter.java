package org.cairn.letters.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Draws composed pages into a PDF. Text is drawn as the shaped glyph ids (see {@link GlyphShaper}),
 * written into a second content stream of the page because PDFBox has no public call for drawing
 * glyph ids; PDFBox's own {@code showText} would redo (slowly, and for Arabic wrongly) the shaping.
 */
final class PdfPainter {

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final UnicodeMaps unicode;
    private final StructureTree structure;
    private int pageIndex;
    private int lineCount;

    PdfPainter(PDDocument document, DocumentFonts fonts, UnicodeMaps unicode, StructureTree structure) {
        this.document = document;
        this.fonts = fonts;
        this.unicode = unicode;
        this.structure = structure;
    }

    void paint(List<List<PageItem>> pages, PDRectangle size, BufferedImage logo) throws IOException {
        PDImageXObject logoImage = logo == null ? null : LosslessFactory.createFromImage(document, logo);
        for (List<PageItem> items : pages) {
            pageIndex = document.getNumberOfPages();
            PDPage page = new PDPage(size);
            document.addPage(page);
            ByteArrayOutputStream glyphOps = new ByteArrayOutputStream();
            Set<PDType0Font> registered = new HashSet<>();
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                for (PageItem item : items) {
                    if (item instanceof PageItem.TextLine t) {
                        line(cs, page, t, glyphOps, registered);
                    } else if (item instanceof PageItem.Logo l && logoImage != null) {
                        // the letterhead's logo and rule decorate; the organisation's name is there as text
                        cs.beginMarkedContent(COSName.ARTIFACT);
                        cs.drawImage(logoImage, l.x(), l.y(), l.width(), l.height());
                        cs.endMarkedContent();
                    } else if (item instanceof PageItem.Rule r) {
                        cs.beginMarkedContent(COSName.ARTIFACT);
                        cs.setLineWidth(0.6f);
                        cs.setStrokingColor(0.55f, 0.55f, 0.55f);
                        cs.moveTo(r.x1(), r.y());
                        cs.lineTo(r.x2(), r.y());
                        cs.stroke();
                        cs.endMarkedContent();
                    }
                }
            }
            if (glyphOps.size() > 0) {
                appendStream(page, glyphOps.toByteArray());
            }
        }
    }

    private void line(PDPageContentStream cs, PDPage page, PageItem.TextLine t, OutputStream glyphOps,
                      Set<PDType0Font> registered) throws IOException {
        int line = lineCount++;
        if (t.tag() == null) {
            // a page label: pagination, not part of the letter's text
            glyphOps.write("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n".getBytes(StandardCharsets.US_ASCII));
        }
        for (Line.Placed placed : t.line().fragments()) {
            Fragment fragment = placed.fragment();
            PDType0Font font = fonts.pdf(fragment.font());
            if (registered.add(font)) {
                // PDFBox embeds (subsets) a font only once setFont has been called with it
                cs.beginText();
                cs.setFont(font, fragment.size());
                cs.endText();
            }
            if (t.tag() != null && fragment.glyphIds().length > 0) {
                int mcid = structure.mark(t.tag(), pageIndex, line, placed.logical(), fragment);
                glyphOps.write(("/" + t.tag().type() + " <</MCID " + mcid + ">> BDC\n")
                        .getBytes(StandardCharsets.US_ASCII));
                glyphs(page, fragment, t.left() + placed.x(), t.baseline(), glyphOps);
                glyphOps.write("EMC\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                glyphs(page, fragment, t.left() + placed.x(), t.baseline(), glyphOps);
            }
        }
        if (t.tag() == null) {
            glyphOps.write("EMC\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Writes each glyph id at its shaped position; the subset keeps these glyphs. */
    private void glyphs(PDPage page, Fragment g, float x, float baseline, OutputStream out)
            throws IOException {
        if (g.glyphIds().length == 0) {
            return;
        }
        PDType0Font font = fonts.pdf(g.font());
        Set<Integer> ids = new HashSet<>();
        COSName name = page.getResources().add(font);
        StringBuilder ops = new StringBuilder();
        if (g.actualText()) {
            // the glyphs were reordered, joined or mirrored by shaping: give readers the text in logical order
            ops.append("/Span <</ActualText ").append(UnicodeMaps.utf16Hex(g.text())).append(">> BDC\n");
        }
        ops.append("BT /").append(name.getName()).append(' ').append(number(g.size())).append(" Tf\n");
        unicode.record(font, g);
        boolean perCluster = !g.actualText();
        for (int i = 0; i < g.glyphIds().length; i++) {
            int wordEnd = perCluster && (i == 0 || isSpace(g, i - 1)) ? CascadedWord.end(g, i) : i;
            if (wordEnd > i && CascadedWord.cascades(g, i, wordEnd)) {
                // a Nastaliq word: its letters stand on several baselines, so it carries its text as a whole
                CascadedWord.write(ops, g, i, wordEnd, (k, into) -> glyph(into, g, k, x, baseline, ids));
                i = wordEnd - 1;
                continue;
            }
            int clusterEnd = i + 1;
            while (perCluster && clusterEnd < g.glyphIds().length && g.clusters()[clusterEnd] == g.clusters()[i]) {
                clusterEnd++;
            }
            // a glyph whose map says other text (it first stood for something else) needs its text beside it
            boolean span = perCluster && (clusterEnd - i > 1 || g.glyphTexts()[i].length() > 1
                    || !g.glyphTexts()[i].equals(unicode.recorded(font, g.glyphIds()[i])));
            if (span) {
                // only right-to-left shaped runs and the bundled font's single characters are drawn per cluster
                RightToLeftCluster.write(ops, g, i, clusterEnd, (k, into) -> glyph(into, g, k, x, baseline, ids));
                i = clusterEnd - 1;
            } else {
                glyph(ops, g, i, x, baseline, ids);
            }
        }
        ops.append("ET\n");
        if (g.actualText()) {
            ops.append("EMC\n");
        }
        font.addGlyphsToSubset(ids);
        g.text().codePoints().forEach(font::addToSubset); // also maps the plain letters back to text
        out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isSpace(Fragment g, int k) {
        return CascadedWord.end(g, k) == k;
    }

    /** Positions glyph {@code k} of the fragment and draws it. */
    private static void glyph(StringBuilder ops, Fragment g, int k, float x, float baseline, Set<Integer> ids) {
        int glyph = g.glyphIds()[k];
        ids.add(glyph);
        ops.append("1 0 0 1 ").append(number(x + g.x()[k])).append(' ').append(number(baseline + g.y()[k]))
                .append(" Tm <");
        for (int shift = 12; shift >= 0; shift -= 4) {
            ops.append(HEX[(glyph >> shift) & 0xF]);
        }
        ops.append("> Tj\n");
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

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A coordinate with two decimals (1/7200 inch), written without locale lookups. */
    private static String number(float value) {
        long hundredths = Math.round(value * 100.0);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long fraction = hundredths % 100;
        return sign + hundredths / 100 + "." + (fraction < 10 ? "0" : "") + fraction;
    }
}
