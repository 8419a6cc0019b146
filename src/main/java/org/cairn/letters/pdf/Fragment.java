package org.cairn.letters.pdf;

/** A measured piece of text in a single font, ready to be placed on a line. */
sealed interface Fragment {

    float width();

    float size();

    /** Text PDFBox draws itself (with its own substitutions for Bengali and Devanagari). */
    record Text(FontSource font, float size, String text, float width) implements Fragment {
    }

    /**
     * Glyphs already shaped by the JDK (Arabic script: joined letters, right to left), in visual order;
     * {@code x} and {@code y} are offsets from the fragment's origin, y upwards.
     */
    record Glyphs(FontSource font, float size, String text, int[] glyphIds, float[] x, float[] y, float width)
            implements Fragment {
    }
}
