package org.cairn.letters.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** One TrueType font file: bundled on the class path or installed on this machine. Bytes are read once. */
final class FontSource {

    private final String name;
    private final Path file;
    private final String resource;
    private volatile byte[] bytes;
    private volatile CmapLookup cmap;

    private FontSource(String name, Path file, String resource) {
        this.name = name;
        this.file = file;
        this.resource = resource;
    }

    static FontSource file(Path file) {
        return new FontSource(file.getFileName().toString(), file, null);
    }

    static FontSource bundled(String resource) {
        return new FontSource(resource.substring(resource.lastIndexOf('/') + 1), null, resource);
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

    private CmapLookup parseCmap() {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes()))) {
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            if (lookup == null) {
                throw new LetterRenderException("The font " + name + " has no Unicode character map; choose"
                        + " another font.");
            }
            // the lookup keeps its own tables, so it outlives the parsed font
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read.", e);
        }
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
                    throw new LetterRenderException("The bundled letter font " + name + " is missing from this"
                            + " installation of Cairn. Reinstall Cairn.");
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
