package org.cairn.letters.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import org.cairn.letters.layout.LetterLayout;

/** Draws a {@link LetterLayout} as an archival PDF (PDF/A-2) and rasterises PDFs for the preview. */
public final class LetterPdf {

    private final FontCatalogue fonts;

    public LetterPdf(FontCatalogue fonts) {
        this.fonts = fonts;
    }

    /**
     * The letter as PDF bytes, in memory.
     *
     * @throws ScriptNotSupportedException when no available font covers a script the letter uses
     * @throws InvalidLogoException        when the letterhead logo is not a readable image
     */
    public byte[] render(LetterLayout layout) {
        throw new UnsupportedOperationException("implementation follows in the next commits");
    }

    /** Each page of a PDF as an image at {@code dpi}, rendered in memory (no temporary files). */
    public List<BufferedImage> preview(byte[] pdf, float dpi) {
        throw new UnsupportedOperationException("implementation follows in the next commits");
    }
}
