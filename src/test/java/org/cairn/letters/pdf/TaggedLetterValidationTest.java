package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A sample letter in every script Cairn prints (every block kind, a logo, two pages) passes veraPDF's PDF/A-2u
 * and PDF/UA-1 rules; an untagged PDF fails the PDF/UA-1 rules, so the check can fail.
 */
class TaggedLetterValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, LATIN, LATIN", "el, GREEK, GREEK", "bn, BENGALI, BENGALI", "hi, DEVANAGARI, DEVANAGARI",
            "ur, URDU_WITH_ENGLISH, ARABIC", "ar, ARABIC, ARABIC", "pa, PUNJABI, GURMUKHI", "ta, TAMIL, TAMIL",
            "ti, TIGRINYA, ETHIOPIC", "zh, CHINESE, HAN"})
    void aSampleLetterIsPdfA2uAndPdfUa1(String language, String sample, LetterScript script) throws Exception {
        Fonts.require(script);
        String sentence = (String) SampleLetters.class.getField(sample).get(null);
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(SampleLetters.letter(language, sentence, 6,
                TaggedStructureTest.logo()));

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void anUntaggedPdfFailsThePdfUaRules() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        }
    }
}
