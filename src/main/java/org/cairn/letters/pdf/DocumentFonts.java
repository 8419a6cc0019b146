package org.cairn.letters.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The embedded (subset) fonts of one PDF being written. */
final class DocumentFonts {

    private final PDDocument document;
    private final Map<FontSource, PDType0Font> loaded = new HashMap<>();
    private final Map<FontSource, GsubWorker> gsubWorkers = new HashMap<>();

    DocumentFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font pdf(FontSource source) {
        return loaded.computeIfAbsent(source, s -> {
            try {
                return PDType0Font.load(document, new RandomAccessReadBuffer(s.bytes()), true, false);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + s.name() + " could not be embedded.", e);
            }
        });
    }

    /**
     * The advance of the text as PDFBox will draw it: after its glyph substitutions (conjuncts and
     * reordered vowel signs in Bengali and Devanagari are narrower than their parts).
     */
    float width(FontSource source, String text, float size) {
        PDType0Font font = pdf(source);
        try {
            GsubData gsub = font.getGsubData();
            if (gsub == null || gsub == GsubData.NO_DATA_FOUND) {
                return font.getStringWidth(text) / 1000f * size;
            }
            CmapLookup cmap = font.getCmapLookup();
            GsubWorker worker = gsubWorkers.computeIfAbsent(source,
                    s -> new GsubWorkerFactory().getGsubWorker(cmap, gsub));
            List<Integer> glyphs = new ArrayList<>();
            text.codePoints().forEach(cp -> glyphs.add(cmap.getGlyphId(cp)));
            TrueTypeFont ttf = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
            float units = ttf.getUnitsPerEm();
            float width = 0;
            for (int gid : worker.applyTransforms(glyphs)) {
                width += ttf.getAdvanceWidth(gid);
            }
            return width / units * size;
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + source.name() + " could not measure text.", e);
        }
    }
}
