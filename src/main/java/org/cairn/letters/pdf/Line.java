package org.cairn.letters.pdf;

import java.util.List;

/**
 * One laid-out line: fragments in visual order, each with its x offset from the left edge of the
 * line's box; {@code ascent} is the distance from the top of the line to the baseline and
 * {@code height} the advance to the next line.
 */
record Line(List<Placed> fragments, float width, float ascent, float height) {

    /** A fragment at {@code x}; {@code logical} orders the fragments of a line as they are read (logical order). */
    record Placed(Fragment fragment, float x, int logical) {
    }
}
