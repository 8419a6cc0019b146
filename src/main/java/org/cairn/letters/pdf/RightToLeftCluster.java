package org.cairn.letters.pdf;

/**
 * Writes the marked content for a right-to-left cluster that one glyph cannot give back on its own: a letter drawn
 * with its vowel marks as glyphs of their own, a ligature standing for several characters, or a mirrored bracket.
 *
 * <p>The glyphs of a right-to-left run are drawn in visual order, each mapped to its own character, so a reader
 * gets the logical text by reversing the line. A cluster of several characters needs {@code /ActualText}, and the
 * two kinds of reader take it differently: a reader that follows the PDF specification replaces the whole
 * marked-content sequence with the outermost {@code /ActualText}, which therefore holds the cluster in logical
 * order; an extractor that reverses right-to-left lines character by character (poppler's {@code pdftotext})
 * takes the innermost one, spreads it over its glyphs from left to right and reverses it with the line, so the
 * inner span holds the cluster in visual order, the order the rest of the line is drawn in. The marks are drawn
 * inside the outer span only: they are part of the cluster's text there, and the inner span then lies exactly on
 * the letter, where the extractor joins it to the letters on either side.
 */
final class RightToLeftCluster {

    /** Draws glyph {@code k} of the fragment. */
    interface GlyphWriter {
        void draw(int k, StringBuilder ops);
    }

    private RightToLeftCluster() {
    }

    /** Writes glyphs {@code from} (inclusive) to {@code to} (exclusive) of one cluster of a right-to-left run. */
    static void write(StringBuilder ops, Fragment g, int from, int to, GlyphWriter draw) {
        String text = g.glyphTexts()[from];
        boolean[] mark = new boolean[to - from];
        int bases = 0;
        for (int k = from; k < to; k++) {
            mark[k - from] = isMark(g.font(), g.glyphIds()[k]);
            bases += mark[k - from] ? 0 : 1;
        }
        ops.append("/Span <</ActualText ").append(UnicodeMaps.utf16Hex(text)).append(">> BDC\n");
        if (bases == 0 || text.codePointCount(0, text.length()) == 1) {
            // one character (a mirrored bracket), or marks with no letter: nothing to reverse
            for (int k = from; k < to; k++) {
                draw.draw(k, ops);
            }
        } else {
            for (int k = from; k < to; k++) {
                if (mark[k - from]) {
                    draw.draw(k, ops);
                }
            }
            ops.append("/Span <</ActualText ").append(UnicodeMaps.utf16Hex(visualOrder(text))).append(">> BDC\n");
            for (int k = from; k < to; k++) {
                if (!mark[k - from]) {
                    draw.draw(k, ops);
                }
            }
            ops.append("EMC\n");
        }
        ops.append("EMC\n");
    }

    /**
     * A vowel mark, drawn over or under its letter: a glyph that does not advance the pen (a mark ligature such as
     * shadda with fatha has no character of its own), or one the font maps to a non-spacing mark.
     */
    static boolean isMark(FontSource font, int glyphId) {
        int own = font.characterOf(glyphId);
        return font.advance(glyphId) == 0 || own > 0 && Character.getType(own) == Character.NON_SPACING_MARK;
    }

    /** The characters of a right-to-left cluster in the order they are seen from left to right. */
    static String visualOrder(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }
}
