package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.letters.layout.LetterLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letter in each script Cairn prints, read back with pdftotext: at least 99% of its words come back, in
 * logical order (conjuncts, reordered vowel signs, joined Arabic letters and mixed-direction lines included).
 */
class SampleTextReadBackTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsPdfToText() {
        ReadBack.assumePdfToText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, LATIN, LATIN", "uk, CYRILLIC, CYRILLIC", "el, GREEK, GREEK", "bn, BENGALI, BENGALI",
            "hi, DEVANAGARI, DEVANAGARI", "ar, ARABIC, ARABIC", "fa, FARSI, ARABIC", "pa, PUNJABI, GURMUKHI",
            "ta, TAMIL, TAMIL", "ti, TIGRINYA, ETHIOPIC", "zh, CHINESE, HAN"})
    void wordsComeBackInOrder(String language, String sample, LetterScript script) throws Exception {
        Fonts.require(script);
        assertReadBack(Fonts.SYSTEM, language, sample, 0.99);
    }

    /**
     * Urdu set in Naskh (where no Nastaliq font is installed) reads back like Arabic and Farsi, English terms in
     * brackets and the izafat kasra of "تارکینِ" included (before each right-to-left cluster carried its text in
     * visual order for pdftotext, it read that mark before its letter: 97%).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"URDU, 0.99", "URDU_WITH_ENGLISH, 0.99"})
    void urduInNaskhComesBackInOrder(String sample, double share) throws Exception {
        FontSource naskh = Fonts.require(LetterScript.ARABIC).regular();
        assumeTrue(naskh.name().startsWith("NotoNaskhArabic"), "Noto Naskh Arabic (fonts-noto-core) is installed");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.createSymbolicLink(fonts.resolve(naskh.name()), naskh.file());
        FontCatalogue naskhOnly = FontCatalogue.scanning(List.of(fonts));
        assertThat(naskhOnly.fallbackNotice("ur")).hasValueSatisfying(n -> assertThat(n).contains("Nastaliq"));

        assertReadBack(naskhOnly, "ur", sample, share);
    }

    /**
     * Urdu in Nastaliq, English terms included: each Nastaliq word carries its text as a whole, since pdftotext
     * would otherwise place its letters by their cascading baselines and split words and lines (ADR 0053; 70% and
     * 50% before).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"URDU, 0.99", "URDU_WITH_ENGLISH, 0.99"})
    void urduInNastaliqComesBackInOrder(String sample, double floor) throws Exception {
        assumeTrue(Fonts.SYSTEM.fallbackNotice("ur").isEmpty(), "Noto Nastaliq Urdu (fonts-noto-core) is installed");
        assertReadBack(Fonts.SYSTEM, "ur", sample, floor);
    }

    private void assertReadBack(FontCatalogue fonts, String language, String sample, double share) throws Exception {
        LetterLayout letter = SampleLetters.letter(language, (String) SampleLetters.class.getField(sample).get(null));

        String read = ReadBack.pdfToText(new LetterPdf(fonts).render(letter), dir);

        List<String> source = ReadBack.words(letter);
        List<String> words = ReadBack.words(read);
        assertThat(ReadBack.recovered(source, words)).as("%s: missing %s", language, ReadBack.missing(source, words))
                .isGreaterThanOrEqualTo(share);
    }
}
