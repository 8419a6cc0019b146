package org.cairn.letters.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The embedded (subset) fonts of one PDF being written. */
final class DocumentFonts {

    private final PDDocument document;
    private final Map<FontSource, PDType0Font> loaded = new HashMap<>();

    DocumentFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font pdf(FontSource source) {
        return loaded.computeIfAbsent(source, s -> {
            try {
                return PDType0Font.load(document, new RandomAccessReadBuffer(s.bytes()), true, true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + s.name() + " could not be embedded.", e);
            }
        });
    }

    float width(FontSource source, String text, float size) {
        try {
            return pdf(source).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + source.name() + " could not measure text.", e);
        }
    }
}
