package org.cairn.letters.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes right-to-left text with the JDK's text engine (which joins Arabic letters and orders them)
 * and returns the font's glyph ids with their positions, so the PDF shows exactly those glyphs.
 * Fonts are loaded from their files, never copied to temporary files.
 */
final class GlyphShaper {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Map<FontSource, Font> awtFonts = new ConcurrentHashMap<>();

    Fragment.Glyphs shape(FontSource source, String text, float size) {
        Font font = awtFont(source).deriveFont(size);
        char[] chars = text.toCharArray();
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
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
            ids.add(java.util.Arrays.copyOf(keptIds, kept));
            xs.add(java.util.Arrays.copyOf(keptX, kept));
            ys.add(java.util.Arrays.copyOf(keptY, kept));
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
        return new Fragment.Glyphs(source, size, text, allIds, allX, allY, pen);
    }

    private Font awtFont(FontSource source) {
        return awtFonts.computeIfAbsent(source, s -> {
            if (s.file() == null) {
                throw new IllegalStateException("only installed fonts are shaped by the JDK");
            }
            try {
                return Font.createFont(Font.TRUETYPE_FONT, s.file().toFile());
            } catch (FontFormatException | IOException e) {
                throw new LetterRenderException("The font " + s.name() + " could not be loaded. Reinstall it"
                        + " or remove it from the font folder.", e);
            }
        });
    }
}
