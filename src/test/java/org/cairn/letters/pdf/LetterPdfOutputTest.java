package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.Test;

/** The PDF is archival and clean: read back, it carries PDF/A-2b identification and nothing personal. */
class LetterPdfOutputTest {

    private final LetterPdf pdf = new LetterPdf(FontCatalogue.bundledOnly());

    @Test
    void documentInformationHoldsOnlyTheNeutralTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(SampleLetters.letter("en", SampleLetters.LATIN)))) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Letter");
            assertThat(info.getCOSObject().keySet()).containsExactly(COSName.TITLE);
            assertThat(info.getProducer()).isNull();
            assertThat(info.getCreator()).isNull();
            assertThat(info.getAuthor()).isNull();
        }
    }

    @Test
    void xmpHasOnlyThePdfaIdentificationAndTheTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(SampleLetters.letter("en", SampleLetters.LATIN)))) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                    "<rdf:li xml:lang=\"x-default\">Letter</rdf:li>");
            assertThat(xmp).doesNotContain("Producer", "CreatorTool", "creator", "PDFBox", "Cairn",
                    System.getProperty("user.name"));
        }
    }

    @Test
    void hasAnSrgbOutputIntentEmbeddedFontsAndATrailerId() throws IOException {
        byte[] bytes = pdf.render(SampleLetters.letter("uk", SampleLetters.CYRILLIC));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            try (var icc = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(icc.readAllBytes()).isNotEmpty();
            }
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(doc.getDocument().getDocumentID()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("uk");
        }
    }

    @Test
    void hasNoAttachmentsScriptsOrActions() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(SampleLetters.letter("en", SampleLetters.LATIN)))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getNames()).isNull();
            assertThat(catalog.getOpenAction()).isNull();
            assertThat(catalog.getCOSObject().containsKey(COSName.AA)).isFalse();
            assertThat(catalog.getAcroForm()).isNull();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
                assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            }
        }
    }

    @Test
    void drawsNoInvisibleText() throws IOException {
        byte[] bytes = pdf.render(SampleLetters.letter("en", SampleLetters.LATIN));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(content).doesNotContain(" Tr");
            }
        }
    }

    @Test
    void a4ByDefaultAndUsLetterWhenChosen() throws IOException {
        var letter = SampleLetters.letter("en", SampleLetters.LATIN);
        try (PDDocument a4 = Loader.loadPDF(pdf.render(letter));
             PDDocument us = Loader.loadPDF(pdf.render(letter.withPaperSize(PaperSize.US_LETTER)))) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(us.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(us.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void previewRastersEveryPageInMemory() {
        byte[] bytes = pdf.render(SampleLetters.letter("en", SampleLetters.LATIN, 40, null));
        List<BufferedImage> pages = pdf.preview(bytes, 36);
        assertThat(pages).hasSizeGreaterThan(1);
        BufferedImage first = pages.get(0);
        assertThat(first.getWidth()).isBetween(297, 298);
        assertThat(hasInk(first)).isTrue();
    }

    static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
