package org.cairn.letters.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cairn.letters.layout.LetterLayout;

/**
 * Draws a {@link LetterLayout} as an archival, tagged PDF (PDF/A-2u: every glyph maps back to Unicode; PDF/UA-1:
 * headings, paragraphs and lists tagged, page labels and decoration marked as artefacts) in memory, and
 * rasterises PDFs for the preview. One instance serves the whole app; it remembers fonts between letters, so only
 * the first letter pays for loading them. Letters are drawn one at a time.
 */
public final class LetterPdf {

    /** Languages written right to left (the primary language subtag). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "fa", "ps", "ckb", "sd", "ug", "dv", "he",
            "yi");

    private final FontCatalogue fonts;
    private final GlyphShaper glyphShaper = new GlyphShaper();

    public LetterPdf(FontCatalogue fonts) {
        this.fonts = fonts;
    }

    /**
     * The letter as PDF bytes, in memory.
     *
     * @throws ScriptNotSupportedException when no available font covers a script the letter uses
     * @throws InvalidLogoException        when the letterhead logo is not a readable image
     */
    public synchronized byte[] render(LetterLayout layout) {
        BufferedImage logo = layout.letterhead().hasLogo() ? LogoImage.decode(layout.letterhead().logo()) : null;
        PDRectangle size = new PDRectangle(layout.paperSize().widthPoints(), layout.paperSize().heightPoints());
        boolean rtl = isRightToLeft(layout.languageTag());
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document);
            TextShaper shaper = new TextShaper(fonts, glyphShaper, layout.languageTag());
            LetterComposer composer = new LetterComposer(new ParagraphLayout(shaper, rtl), rtl, size.getWidth(),
                    size.getHeight());
            float aspect = logo == null ? 0 : (float) logo.getWidth() / logo.getHeight();
            List<List<PageItem>> pages = composer.compose(layout, aspect);
            UnicodeMaps unicode = new UnicodeMaps();
            StructureTree structure = new StructureTree(layout.languageTag());
            new PdfPainter(document, documentFonts, unicode, structure).paint(pages, size, logo);
            structure.apply(document, composer.structure());
            PdfArchive.apply(document, layout.title(), layout.languageTag());
            // the first save subsets the fonts (and writes PDFBox's partial ToUnicode maps); the maps are then
            // replaced with complete ones and the document written for real
            document.save(OutputStream.nullOutputStream());
            unicode.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be written as a PDF.", e);
        }
    }

    /** Each page of a PDF as an image at {@code dpi}, rendered in memory (no temporary files). */
    public List<BufferedImage> preview(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("The letter preview could not be drawn.", e);
        }
    }

    /**
     * Draws and rasterises a throwaway letter ({@link WarmUpLetter}) on a low-priority daemon thread, so that the
     * advocate's first letter and preview do not wait for fonts and classes to load. Best effort: a failure here
     * is ignored, and the real letter reports its own. A letter asked for meanwhile waits for it to finish.
     */
    public Thread warmUp(float previewDpi) {
        Thread thread = new Thread(() -> {
            try {
                warmUpNow(previewDpi);
            } catch (RuntimeException e) {
                // nothing to do: the first real letter loads the same things and reports any problem itself
            }
        }, "cairn-letter-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /** The warm-up's work, on the calling thread: the page images of the throwaway letter. */
    List<BufferedImage> warmUpNow(float previewDpi) {
        // loads the bidi algorithm's data too, which a right-to-left letter needs and the warm-up letter does not
        BidiLine.paragraph("\u0627 (1)", com.ibm.icu.text.Bidi.RTL);
        return preview(render(WarmUpLetter.layout()), previewDpi);
    }

    /** Whether a letter in this language is written right to left. */
    public static boolean isRightToLeft(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return RIGHT_TO_LEFT.contains(language);
    }
}
