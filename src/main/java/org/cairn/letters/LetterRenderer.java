package org.cairn.letters;

import org.cairn.letters.layout.LetterLayout;

/** Draws a filled-in letter as PDF bytes, in memory. The app and CLI use the PDFBox renderer (LetterPdf). */
@FunctionalInterface
public interface LetterRenderer {
    byte[] render(LetterLayout layout);
}
