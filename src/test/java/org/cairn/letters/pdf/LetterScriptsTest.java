package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.Test;

/**
 * Each script the letters use comes out right: Latin, Cyrillic and Greek through text extraction;
 * Bengali and Devanagari (conjuncts, pre-base vowel signs) and Arabic script (joined, right to left)
 * through the glyphs the PDF shows, compared with the font's own glyphs.
 */
class LetterScriptsTest {

    @Test
    void latinWithDiacriticsCyrillicAndGreekComeBackAsTheSameText() throws IOException {
        LetterPdf pdf = new LetterPdf(FontCatalogue.bundledOnly());
        for (String sentence : List.of(SampleLetters.LATIN, SampleLetters.CYRILLIC, SampleLetters.GREEK)) {
            String text = text(pdf.render(SampleLetters.letter("en", sentence)));
            assertThat(squash(text)).contains(squash(sentence));
        }
    }

    @Test
    void bengaliFormsConjunctsAndPutsThePreBaseVowelSignFirst() throws IOException {
        FontSource font = Fonts.require(LetterScript.BENGALI).regular();
        // "কি" = KA + VOWEL SIGN I (drawn before KA); "ক্ষ" = KA + VIRAMA + SSA (one conjunct glyph)
        List<Integer> shown = shownIn(font, "কি ক্ষ", "bn");
        int ka = Fonts.glyphId(font, 'ক');
        int i = Fonts.glyphId(font, 'ি');
        assertThat(shown.subList(0, 2)).containsExactly(i, ka);
        assertThat(shown).hasSize(3);
        assertThat(shown.get(2)).isNotIn(ka, Fonts.glyphId(font, '্'), Fonts.glyphId(font, 'ষ'));
    }

    @Test
    void devanagariFormsConjunctsAndPutsThePreBaseVowelSignFirst() throws IOException {
        FontSource font = Fonts.require(LetterScript.DEVANAGARI).regular();
        // "कि" = KA + VOWEL SIGN I (drawn before KA); "क्ष" = KA + VIRAMA + SSA (one conjunct glyph)
        List<Integer> shown = shownIn(font, "कि क्ष", "hi");
        int ka = Fonts.glyphId(font, 'क');
        int i = Fonts.glyphId(font, 'ि');
        assertThat(shown.subList(0, 2)).containsExactly(i, ka);
        assertThat(shown).hasSize(3);
        assertThat(shown.get(2)).isNotIn(ka, Fonts.glyphId(font, '्'), Fonts.glyphId(font, 'ष'));
    }

    @Test
    void arabicLettersAreJoined() throws IOException {
        FontSource font = Fonts.require(LetterScript.ARABIC).regular();
        // BEH YEH TEH in one word: every letter takes a joined form, none its stand-alone glyph
        List<Integer> shown = shownIn(font, "بيت", "ar");
        assertThat(shown).hasSize(3).doesNotContain(Fonts.glyphId(font, 'ب'), Fonts.glyphId(font, 'ي'),
                Fonts.glyphId(font, 'ت'));
    }

    @Test
    void urduAndFarsiLettersAreJoined() throws IOException {
        FontSource font = Fonts.require(LetterScript.ARABIC).regular();
        // Urdu HEH GOAL + WAW + NOON GHUNNA ("ہوں"); Farsi KEHEH + FARSI YEH ("کی")
        assertThat(shownIn(font, "ہوں", "ur")).doesNotContain(Fonts.glyphId(font, 'ہ'));
        assertThat(shownIn(font, "کی", "fa")).hasSize(2)
                .doesNotContain(Fonts.glyphId(font, 'ک'), Fonts.glyphId(font, 'ی'));
    }

    @Test
    void arabicRunsRightToLeft() throws IOException {
        FontSource font = Fonts.require(LetterScript.ARABIC).regular();
        // two one-letter words, BEH then TEH: stand-alone glyphs, the first word on the right
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(bodyOnly("ب ت", "ar"));
        List<ShownGlyphs.Glyph> glyphs = ShownGlyphs.of(pdf);
        float beh = xOf(glyphs, Fonts.glyphId(font, 'ب'));
        float teh = xOf(glyphs, Fonts.glyphId(font, 'ت'));
        assertThat(beh).isGreaterThan(teh);
    }

    @Test
    void arabicDigitsInsideRightToLeftTextStayInReadingOrder() throws IOException {
        FontSource font = Fonts.require(LetterScript.ARABIC).regular();
        // digits joined to an Arabic word are shaped with it, yet still read left to right
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(bodyOnly("ب12", "ar"));
        List<ShownGlyphs.Glyph> glyphs = ShownGlyphs.of(pdf);
        float one = xOf(glyphs, Fonts.glyphId(font, '1'));
        float two = xOf(glyphs, Fonts.glyphId(font, '2'));
        float beh = xOf(glyphs, Fonts.glyphId(font, 'ب'));
        assertThat(one).isLessThan(two);
        assertThat(two).isLessThan(beh);
    }

    private static float xOf(List<ShownGlyphs.Glyph> glyphs, int code) {
        return glyphs.stream().filter(g -> g.font().contains("Arabic") && g.code() == code)
                .findFirst().orElseThrow().x();
    }

    /** The glyphs shown in {@code font} by a letter whose only text in that script is {@code body}. */
    private static List<Integer> shownIn(FontSource font, String body, String language) throws IOException {
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(bodyOnly(body, language));
        String family = font.name().substring(0, font.name().indexOf('-'));
        return ShownGlyphs.codes(ShownGlyphs.of(pdf), family);
    }

    static LetterLayout bodyOnly(String text, String language) {
        return new LetterLayout(Letterhead.none(), "", List.of(), "", "", List.of(Block.Paragraph.of(text)),
                List.of(), language, PaperSize.A4, PageLabels.neutral(), "Letter");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
