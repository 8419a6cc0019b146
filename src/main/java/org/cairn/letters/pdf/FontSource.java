package org.cairn.letters.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font: a file bundled on the class path or installed on this machine, or one font inside an
 * installed TrueType collection (.ttc), named by its PostScript name. Bytes are read once.
 */
final class FontSource {

    private final String name;
    private final Path file;
    private final String resource;
    private final String fontInCollection;
    private volatile byte[] bytes;
    private volatile CmapLookup cmap;
    private volatile float[] advances;
    private volatile float ascent;
    private volatile float descent;
    private TrueTypeFont parsed;

    private FontSource(String name, Path file, String resource, String fontInCollection) {
        this.name = name;
        this.file = file;
        this.resource = resource;
        this.fontInCollection = fontInCollection;
    }

    static FontSource file(Path file) {
        return new FontSource(file.getFileName().toString(), file, null, null);
    }

    /** The font with this PostScript name inside a TrueType collection file. */
    static FontSource inCollection(Path file, String postScriptName) {
        return new FontSource(file.getFileName() + " (" + postScriptName + ")", file, null, postScriptName);
    }

    static FontSource bundled(String resource) {
        return new FontSource(resource.substring(resource.lastIndexOf('/') + 1), null, resource, null);
    }

    /** The PostScript name of this font inside its collection file, or null for a single-font file. */
    String fontInCollection() {
        return fontInCollection;
    }

    /** The file name, e.g. "NotoSansBengali-Regular.ttf"; never a user's path. */
    String name() {
        return name;
    }

    /** The file on disk, or null for a bundled font. */
    Path file() {
        return file;
    }

    /** Whether the font has a glyph for this character. */
    boolean hasGlyph(int codePoint) {
        CmapLookup c = cmap;
        if (c == null) {
            synchronized (this) {
                if (cmap == null) {
                    cmap = parseCmap();
                }
                c = cmap;
            }
        }
        return c.getGlyphId(codePoint) > 0;
    }

    /**
     * The parsed font, kept for embedding into every letter (parsing it is the costly part of
     * embedding). Callers embed one letter at a time (LetterPdf.render is synchronized).
     */
    synchronized TrueTypeFont parsed() {
        if (parsed == null) {
            try {
                parsed = parse();
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + name + " could not be read.", e);
            }
        }
        return parsed;
    }

    /** The font's glyph for a character, 0 when it has none. */
    int glyphId(int codePoint) {
        hasGlyph(codePoint);
        return cmap.getGlyphId(codePoint);
    }

    /** A glyph's advance as a fraction of the font size. */
    float advance(int glyphId) {
        hasGlyph(' ');
        return glyphId < advances.length ? advances[glyphId] : 0;
    }

    /** How far the font reaches above the baseline, as a fraction of the font size (its hhea ascender). */
    float ascent() {
        hasGlyph(' ');
        return ascent;
    }

    /** How far the font reaches below the baseline, as a positive fraction of the font size. */
    float descent() {
        hasGlyph(' ');
        return descent;
    }

    /** The character the font's own character map gives this glyph, or -1 when none does (ligatures, forms). */
    int characterOf(int glyphId) {
        hasGlyph(' ');
        java.util.List<Integer> codes = cmap.getCharCodes(glyphId);
        return codes == null || codes.isEmpty() ? -1 : codes.get(0);
    }

    private CmapLookup parseCmap() {
        try (TrueTypeFont ttf = parse()) {
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            if (lookup == null) {
                throw new LetterRenderException(LetterRenderProblem.FONT_NO_UNICODE_MAP, "The font " + name
                        + " has no Unicode character map; choose another font.", null, name);
            }
            float units = ttf.getUnitsPerEm();
            float[] widths = new float[ttf.getNumberOfGlyphs()];
            for (int gid = 0; gid < widths.length; gid++) {
                widths[gid] = ttf.getAdvanceWidth(gid) / units;
            }
            advances = widths;
            if (ttf.getHorizontalHeader() != null) {
                ascent = ttf.getHorizontalHeader().getAscender() / units;
                descent = -ttf.getHorizontalHeader().getDescender() / units;
            }
            // the lookup keeps its own tables, so it outlives the parsed font
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read.", e);
        }
    }

    private TrueTypeFont parse() throws IOException {
        if (fontInCollection == null) {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        }
        // The collection is left open: the font reads its tables from it for as long as it is used.
        @SuppressWarnings("resource")
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes()));
        TrueTypeFont font = collection.getFontByName(fontInCollection);
        if (font == null) {
            throw new LetterRenderException(LetterRenderProblem.FONT_GONE_FROM_COLLECTION, "The font " + name
                    + " is no longer in its collection file; restart Cairn to look for fonts again.", null, name);
        }
        return font;
    }

    byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (this) {
                if (bytes == null) {
                    bytes = read();
                }
                b = bytes;
            }
        }
        return b;
    }

    private byte[] read() {
        try {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = FontSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new LetterRenderException(LetterRenderProblem.BUNDLED_FONT_MISSING, "The bundled letter font "
                            + name + " is missing from this installation of Cairn. Reinstall Cairn.", null, name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read.", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
