package org.cairn.letters.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The Unicode Bidirectional Algorithm (UAX #9) as the letters use it, through ICU: levels resolved once for a
 * whole paragraph of logical text (so brackets pair across what later become line ends), then a line, a logical
 * range of that paragraph, cut into runs of one direction in visual order (rules L1 and L2). Mirroring (L4) is
 * done where the glyphs are made ({@link GlyphShaper}).
 */
final class BidiLine {

    /** A logical range [start, end) of the paragraph drawn in one direction. */
    record Run(int start, int end, boolean rightToLeft) {
    }

    private BidiLine() {
    }

    /**
     * The paragraph's levels; {@code direction} is {@link Bidi#LTR}, {@link Bidi#RTL} or one of ICU's default
     * levels (direction from the first strong character, rules P2 and P3); null when the paragraph needs no
     * reordering ({@link #needsReordering}), which {@link #visualRuns} accepts.
     */
    static Bidi paragraph(String text, byte direction) {
        if (!needsReordering(text, direction)) {
            return null;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(text, direction, null);
        return bidi;
    }

    /**
     * Whether a paragraph needs the algorithm at all: a left-to-right paragraph (or one that takes its direction
     * from its text, left to right by default) with no right-to-left letter,
     * Arabic digit or explicit direction control resolves every character to level 0 (rule W7 makes European
     * digits left to right there), so it is one left-to-right run and ICU need not be loaded for it.
     */
    static boolean needsReordering(String text, byte direction) {
        if (direction != Bidi.LTR && direction != Bidi.LEVEL_DEFAULT_LTR) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getDirectionality(text.charAt(i))) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The runs of the line [start, end) of the paragraph, from left to right. */
    static List<Run> visualRuns(Bidi paragraph, int start, int end) {
        if (paragraph == null) {
            return List.of(new Run(start, end, false)); // a paragraph that needs no reordering
        }
        Bidi line = paragraph.setLine(start, end);
        List<Run> runs = new ArrayList<>(line.countRuns());
        for (int r = 0; r < line.countRuns(); r++) {
            BidiRun run = line.getVisualRun(r);
            runs.add(new Run(start + run.getStart(), start + run.getLimit(), run.isOddRun()));
        }
        return runs;
    }
}
