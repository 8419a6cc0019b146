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
     * levels (direction from the first strong character, rules P2 and P3).
     */
    static Bidi paragraph(String text, byte direction) {
        Bidi bidi = new Bidi();
        bidi.setPara(text, direction, null);
        return bidi;
    }

    /** The runs of the line [start, end) of the paragraph, from left to right. */
    static List<Run> visualRuns(Bidi paragraph, int start, int end) {
        Bidi line = paragraph.setLine(start, end);
        List<Run> runs = new ArrayList<>(line.countRuns());
        for (int r = 0; r < line.countRuns(); r++) {
            BidiRun run = line.getVisualRun(r);
            runs.add(new Run(start + run.getStart(), start + run.getLimit(), run.isOddRun()));
        }
        return runs;
    }
}
