package org.cairn.ui.letter;

import java.awt.image.BufferedImage;
import java.util.List;

/** Rasterises a PDF in memory for the preview (LetterPdf.preview in the app). */
@FunctionalInterface
public interface LetterPreview {
    List<BufferedImage> pages(byte[] pdf);
}
