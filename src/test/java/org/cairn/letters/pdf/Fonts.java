package org.cairn.letters.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** The system catalogue for tests, and skipping with a reason when a script's font is not installed. */
final class Fonts {

    static final FontCatalogue SYSTEM = FontCatalogue.system();

    private Fonts() {
    }

    static FontFamily require(LetterScript script) {
        var family = SYSTEM.family(script);
        assumeTrue(family.isPresent(), "no " + script.englishName() + " font on this machine (install "
                + script.installHint() + "); .ci/run installs it");
        return family.get();
    }

    /** The font's own glyph id for a character, looked up in its character map. */
    static int glyphId(FontSource source, int codePoint) {
        Path file = source.file();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            return ttf.getUnicodeCmapLookup().getGlyphId(codePoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
