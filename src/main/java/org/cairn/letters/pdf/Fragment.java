package org.cairn.letters.pdf;

/**
 * A measured piece of text in a single font and a single direction, as the glyphs to draw in visual order;
 * {@code x} and {@code y} are offsets from the fragment's origin (y upwards), {@code text} the characters they
 * show in logical order, and {@code glyphTexts} the characters each glyph stands for (a ligature or conjunct
 * stands for several, a mark attached to another glyph's cluster may stand for none of its own). When
 * {@code actualText} is set, the glyphs alone do not spell the text in order (shaping reordered or joined them
 * in a left-to-right run), so the PDF carries the text beside them for copying, search and screen readers;
 * {@code clusters} gives each glyph the index of the first character of the cluster it was shaped from (glyphs of
 * one cluster share it), which right-to-left runs use to carry the text of a cluster that several glyphs draw.
 */
record Fragment(FontSource font, float size, String text, int[] glyphIds, float[] x, float[] y, float width,
                String[] glyphTexts, boolean actualText, int[] clusters) {
}
