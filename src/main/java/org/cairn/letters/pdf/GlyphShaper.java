package org.cairn.letters.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a run of text in one font into positioned glyphs. Installed fonts (Bengali, Devanagari,
 * Arabic script) are shaped by the JDK's text engine, which forms conjuncts, reorders vowel signs,
 * joins Arabic letters and orders right-to-left text; the bundled Latin/Cyrillic/Greek font needs no
 * shaping and is mapped character by character (after composing accents). Fonts are loaded from their
 * files, never copied to temporary files. Recent results are remembered: letters repeat words.
 */
final class GlyphShaper {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int REMEMBERED = 4000;

    private record Key(FontSource font, float size, String text, boolean rightToLeft) {
    }

    private final Map<FontSource, Font> awtFonts = new ConcurrentHashMap<>();
    private final Map<Key, Fragment> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Fragment> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized Fragment shape(FontSource source, String text, float size, boolean rightToLeft) {
        return recent.computeIfAbsent(new Key(source, size, text, rightToLeft),
                k -> source.file() == null ? mapped(source, text, size) : shaped(source, text, size, rightToLeft));
    }

    private static Fragment mapped(FontSource source, String text, float size) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int[] ids = new int[composed.length()];
        float[] xs = new float[ids.length];
        int n = 0;
        float pen = 0;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            int id = source.glyphId(cp);
            if (id == 0) {
                continue; // only joiners get here; TextShaper refuses any other missing character
            }
            ids[n] = id;
            xs[n] = pen;
            pen += source.advance(id) * size;
            n++;
        }
        return new Fragment(source, size, composed, Arrays.copyOf(ids, n), Arrays.copyOf(xs, n), new float[n], pen);
    }

    private Fragment shaped(FontSource source, String text, float size, boolean rightToLeft) {
        Font font = awtFont(source).deriveFont(size);
        char[] chars = text.toCharArray();
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT
                : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        List<int[]> ids = new ArrayList<>();
        List<float[]> xs = new ArrayList<>();
        List<float[]> ys = new ArrayList<>();
        float pen = 0;
        int count = 0;
        int glyphLimit = font.getNumGlyphs();
        for (Integer r : order) {
            int flags = (bidi.getRunLevel(r) & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
            GlyphVector gv = font.layoutGlyphVector(FRC, chars, bidi.getRunStart(r), bidi.getRunLimit(r), flags);
            int n = gv.getNumGlyphs();
            int[] codes = gv.getGlyphCodes(0, n, null);
            float[] pos = gv.getGlyphPositions(0, n + 1, null);
            int[] keptIds = new int[n];
            float[] keptX = new float[n];
            float[] keptY = new float[n];
            int kept = 0;
            for (int g = 0; g < n; g++) {
                if (codes[g] <= 0 || codes[g] >= glyphLimit) {
                    continue; // invisible joiners and controls have no glyph to draw
                }
                keptIds[kept] = codes[g];
                keptX[kept] = pen + pos[2 * g];
                keptY[kept] = -pos[2 * g + 1];
                kept++;
            }
            ids.add(Arrays.copyOf(keptIds, kept));
            xs.add(Arrays.copyOf(keptX, kept));
            ys.add(Arrays.copyOf(keptY, kept));
            count += kept;
            pen += pos[2 * n];
        }
        int[] allIds = new int[count];
        float[] allX = new float[count];
        float[] allY = new float[count];
        int at = 0;
        for (int i = 0; i < ids.size(); i++) {
            int len = ids.get(i).length;
            System.arraycopy(ids.get(i), 0, allIds, at, len);
            System.arraycopy(xs.get(i), 0, allX, at, len);
            System.arraycopy(ys.get(i), 0, allY, at, len);
            at += len;
        }
        return new Fragment(source, size, text, allIds, allX, allY, pen);
    }

    private Font awtFont(FontSource source) {
        return awtFonts.computeIfAbsent(source, s -> {
            try {
                if (s.fontInCollection() == null) {
                    return Font.createFont(Font.TRUETYPE_FONT, s.file().toFile());
                }
                for (Font font : Font.createFonts(s.file().toFile())) {
                    if (font.getPSName().equals(s.fontInCollection())) {
                        return font;
                    }
                }
                throw new LetterRenderException("The font " + s.name() + " could not be found in its collection "
                        + "file. Reinstall it or remove it from the font folder.");
            } catch (FontFormatException | IOException e) {
                throw new LetterRenderException("The font " + s.name() + " could not be loaded. Reinstall it"
                        + " or remove it from the font folder.", e);
            }
        });
    }
}
