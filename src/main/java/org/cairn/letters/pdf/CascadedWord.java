package org.cairn.letters.pdf;

/**
 * Writes the marked content for a right-to-left word whose letters do not share one baseline, as Nastaliq draws
 * them: each joined group of letters descends from right to left to end on the baseline.
 *
 * <p>An extractor that builds words and lines from glyph positions (poppler's {@code pdftotext}) joins a glyph to
 * the word before it only when it starts where that word ended, on the same baseline; a cascade breaks every word
 * into pieces on as many lines. So the whole word carries its text at once: an outer {@code /ActualText} span in
 * logical order, for readers that follow the PDF specification, and an inner one in visual order (the order the
 * rest of the line is drawn in), for readers that take the innermost span and reverse right-to-left lines
 * character by character (as for a cluster, see {@link RightToLeftCluster}). Such an extractor places a span from
 * the origin of the first glyph drawn in it to the end of the last, so the word's glyphs are drawn starting with
 * the leftmost letter nearest the line's baseline (a final yeh may reach below it) and ending with the rightmost letter; painting the same
 * glyphs at the same places in another order does not change the page.
 */
final class CascadedWord {

    private CascadedWord() {
    }

    /** The end (exclusive) of the word that starts at glyph {@code from}: the next glyph that draws a space. */
    static int end(Fragment g, int from) {
        int k = from;
        while (k < g.glyphIds().length && !isSpace(g.glyphTexts()[k])) {
            k++;
        }
        return k;
    }

    /**
     * Whether the glyphs {@code from} to {@code to} do not follow each other on one baseline: a letter stands on
     * another baseline than the one before it or does not start where that one ended (Nastaliq also sets the joined
     * groups of one word closer together or further apart than their advances), or a glyph (a mark, or the dots
     * Nastaliq draws apart from their letter) is drawn above or below the letters.
     */
    static boolean cascades(Fragment g, int from, int to) {
        int previous = -1;
        for (int k = from; k < to; k++) {
            if (RightToLeftCluster.isMark(g.font(), g.glyphIds()[k])) {
                continue;
            }
            if (previous >= 0 && (Math.abs(g.y()[k] - g.y()[previous]) > 0.01f
                    || Math.abs(g.x()[k] - right(g, previous)) > 0.01f)) {
                return true;
            }
            previous = k;
        }
        for (int k = from; previous >= 0 && k < to; k++) {
            if (Math.abs(g.y()[k] - g.y()[previous]) > 0.01f) {
                return true;
            }
        }
        return false;
    }

    /** Writes glyphs {@code from} (inclusive) to {@code to} (exclusive), one cascaded word, with its text. */
    static void write(StringBuilder ops, Fragment g, int from, int to, RightToLeftCluster.GlyphWriter draw) {
        int first = -1;
        int last = -1;
        for (int k = from; k < to; k++) {
            if (RightToLeftCluster.isMark(g.font(), g.glyphIds()[k])) {
                continue;
            }
            float height = Math.abs(g.y()[k]);
            float firstHeight = first < 0 ? 0 : Math.abs(g.y()[first]);
            if (first < 0 || height < firstHeight - 0.01f
                    || Math.abs(height - firstHeight) <= 0.01f && g.x()[k] < g.x()[first]) {
                first = k;
            }
            if (last < 0 || right(g, k) > right(g, last)) {
                last = k;
            }
        }
        String text = logicalText(g, from, to);
        ops.append("/Span <</ActualText ").append(UnicodeMaps.utf16Hex(text)).append(">> BDC\n");
        ops.append("/Span <</ActualText ").append(UnicodeMaps.utf16Hex(RightToLeftCluster.visualOrder(text)))
                .append(">> BDC\n");
        draw.draw(first, ops);
        for (int k = from; k < to; k++) {
            if (k != first && k != last) {
                draw.draw(k, ops);
            }
        }
        if (last != first) {
            draw.draw(last, ops);
        }
        ops.append("EMC\nEMC\n");
    }

    private static float right(Fragment g, int k) {
        return g.x()[k] + g.font().advance(g.glyphIds()[k]) * g.size();
    }

    /** The characters glyphs {@code from} to {@code to} were shaped from, in logical order. */
    static String logicalText(Fragment g, int from, int to) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int k = from; k < to; k++) {
            start = Math.min(start, g.clusters()[k]);
            end = Math.max(end, g.clusters()[k] + g.glyphTexts()[k].length());
        }
        return g.text().substring(start, end);
    }

    private static boolean isSpace(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Character::isWhitespace);
    }
}
