package org.cairn.letters.pdf;

import com.ibm.icu.lang.UCharacter;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a run of text in one font and one direction into positioned glyphs in visual order. Installed fonts
 * are shaped by the JDK's text engine, which forms conjuncts, reorders vowel signs, joins Arabic letters and
 * mirrors brackets in right-to-left runs; the bundled Latin/Cyrillic/Greek font needs no shaping and is mapped
 * character by character (after composing accents), reversed and mirrored here when the run is right to left.
 * Each glyph records which characters it stands for, so the PDF can map it back to text. Fonts are loaded from
 * their files, never copied to temporary files. Recent results are remembered: letters repeat words.
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

    /** The run (one direction, as the bidi algorithm resolved it) as glyphs from left to right. */
    synchronized Fragment shape(FontSource source, String text, float size, boolean rightToLeft) {
        return recent.computeIfAbsent(new Key(source, size, text, rightToLeft),
                k -> source.file() == null ? mapped(source, text, size, rightToLeft)
                        : shaped(source, text, size, rightToLeft));
    }

    private static Fragment mapped(FontSource source, String text, float size, boolean rightToLeft) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int[] codePoints = composed.codePoints().toArray();
        int[] logical = codePoints;
        if (rightToLeft) {
            // a right-to-left run in this font holds only neutrals (brackets, punctuation): draw them right to left,
            // each as its mirror image where Unicode pairs one (UAX #9 rule L4)
            for (int i = 0, j = codePoints.length - 1; i < j; i++, j--) {
                int t = codePoints[i];
                codePoints[i] = codePoints[j];
                codePoints[j] = t;
            }
            logical = codePoints.clone();
            for (int i = 0; i < codePoints.length; i++) {
                int mirror = UCharacter.getMirror(codePoints[i]);
                if (mirror != codePoints[i] && source.glyphId(mirror) > 0) {
                    codePoints[i] = mirror;
                }
            }
        }
        int[] ids = new int[codePoints.length];
        float[] xs = new float[ids.length];
        String[] texts = new String[ids.length];
        int n = 0;
        float pen = 0;
        for (int c = 0; c < codePoints.length; c++) {
            int id = source.glyphId(codePoints[c]);
            if (id == 0) {
                continue; // only joiners get here; TextShaper refuses any other missing character
            }
            ids[n] = id;
            xs[n] = pen;
            texts[n] = Character.toString(logical[c]);
            pen += source.advance(id) * size;
            n++;
        }
        int[] clusters = new int[n];
        Arrays.setAll(clusters, i -> i);
        return new Fragment(source, size, composed, Arrays.copyOf(ids, n), Arrays.copyOf(xs, n), new float[n], pen,
                Arrays.copyOf(texts, n), false, clusters);
    }

    private Fragment shaped(FontSource source, String text, float size, boolean rightToLeft) {
        Font font = awtFont(source).deriveFont(size);
        char[] chars = text.toCharArray();
        int flags = rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, 0, chars.length, flags);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] charIndex = gv.getGlyphCharIndices(0, n, null);
        int glyphLimit = font.getNumGlyphs();
        int[] clusterOf = clusterStarts(text);
        TreeSet<Integer> clusterStarts = new TreeSet<>();
        for (int g = 0; g < n; g++) {
            clusterStarts.add(clusterOf[charIndex[g]]);
        }
        int[] ids = new int[n];
        float[] xs = new float[n];
        float[] ys = new float[n];
        String[] texts = new String[n];
        int[] clusters = new int[n];
        int kept = 0;
        for (int g = 0; g < n; g++) {
            if (codes[g] <= 0 || codes[g] >= glyphLimit) {
                continue; // invisible joiners and controls have no glyph to draw
            }
            ids[kept] = codes[g];
            xs[kept] = pos[2 * g];
            ys[kept] = -pos[2 * g + 1];
            int cluster = clusterOf[charIndex[g]];
            Integer next = clusterStarts.higher(cluster);
            texts[kept] = text.substring(cluster, next == null ? text.length() : next);
            clusters[kept] = cluster;
            kept++;
        }
        return new Fragment(source, size, text, Arrays.copyOf(ids, kept), Arrays.copyOf(xs, kept),
                Arrays.copyOf(ys, kept), pos[2 * n], Arrays.copyOf(texts, kept), !rightToLeft,
                Arrays.copyOf(clusters, kept));
    }

    /**
     * For each character, the index of the character its cluster starts with: a combining mark (an Arabic
     * vowel sign, a madda) belongs to the letter before it, even when the engine gives it a glyph of its own.
     */
    private static int[] clusterStarts(String text) {
        int[] start = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || Character.isLowSurrogate(text.charAt(i));
            start[i] = mark && i > 0 ? start[i - 1] : i;
        }
        return start;
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
                throw new LetterRenderException(LetterRenderProblem.FONT_NOT_IN_COLLECTION, "The font " + s.name()
                        + " could not be found in its collection file. Reinstall it or remove it from the font "
                        + "folder.", null, s.name());
            } catch (FontFormatException | IOException e) {
                throw new LetterRenderException(LetterRenderProblem.FONT_NOT_LOADED, "The font " + s.name()
                        + " could not be loaded. Reinstall it or remove it from the font folder.", e, s.name());
            }
        });
    }
}
