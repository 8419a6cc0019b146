package org.cairn.letters.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Reads back which glyphs a PDF shows, in drawing order, with their font and position. */
final class ShownGlyphs extends PDFTextStripper {

    /** A glyph as drawn; {@code text} is what the PDF's ToUnicode map says it stands for. */
    record Glyph(String font, int code, float x, float y, String text) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private ShownGlyphs() {
    }

    static List<Glyph> of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ShownGlyphs reader = new ShownGlyphs();
            reader.getText(document);
            return reader.glyphs;
        }
    }

    /** The glyph codes shown in fonts whose name contains {@code fontName}, in drawing order. */
    static List<Integer> codes(List<Glyph> glyphs, String fontName) {
        return glyphs.stream().filter(g -> g.font().contains(fontName)).map(Glyph::code).toList();
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        String text = font.toUnicode(code);
        glyphs.add(new Glyph(font.getName(), code, textRenderingMatrix.getTranslateX(),
                textRenderingMatrix.getTranslateY(), text == null ? "" : text));
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }
}
