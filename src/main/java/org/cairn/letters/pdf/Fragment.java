package org.cairn.letters.pdf;

/**
 * A measured piece of text in a single font, as the glyphs to draw in visual order; {@code x} and
 * {@code y} are offsets from the fragment's origin (y upwards), {@code text} the characters they show.
 */
record Fragment(FontSource font, float size, String text, int[] glyphIds, float[] x, float[] y, float width) {
}
