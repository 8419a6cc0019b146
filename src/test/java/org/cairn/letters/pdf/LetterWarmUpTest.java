package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterWarmUpTest {
    private final LetterPdf pdf = new LetterPdf(FontCatalogue.bundledOnly());

    @Test
    void theThrowawayLetterIsOnePageWithEveryBlockKindAndNoCaseData() throws Exception {
        byte[] drawn = pdf.render(WarmUpLetter.layout());
        try (PDDocument document = Loader.loadPDF(drawn)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Warm-up", "Lists", "Bold", "italic", "1.", "Yours sincerely");
        }
        List<BufferedImage> pages = pdf.warmUpNow(96f);
        assertThat(pages).singleElement().satisfies(page -> assertThat(page.getWidth()).isGreaterThan(500));
    }

    @Test
    void theWarmUpRunsOnALowPriorityDaemonThreadAndFinishes() throws Exception {
        Thread warmUp = pdf.warmUp(96f);
        assertThat(warmUp.isDaemon()).isTrue();
        assertThat(warmUp.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
