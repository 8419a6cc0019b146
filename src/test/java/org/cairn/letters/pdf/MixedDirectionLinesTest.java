package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.Test;

/**
 * What a reader sees on a right-to-left line, read off the drawn glyphs from left to right: English terms in
 * brackets keep their own order and their brackets, brackets around Urdu text are mirrored, and an address, a
 * date and a page label keep the order of their own language.
 */
class MixedDirectionLinesTest {

    @Test
    void englishTermsInAnUrduSentenceKeepTheirOrderAndBrackets() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        String sentence = "رعایت (Migrant Victims of Domestic Abuse Concession) اور امداد (public funds) لے";

        // the sentence reads from the right: the first term is further right, each in its own order
        assertThat(latinSeenLeftToRight(body(sentence, "ur")))
                .isEqualTo("(publicfunds)(MigrantVictimsofDomesticAbuseConcession)");
    }

    @Test
    void theSameTermsInArabicAndFarsiLetters() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        assertThat(latinSeenLeftToRight(body("الاستثناء (Migrant Victims of Domestic Abuse Concession) للضحايا.",
                "ar"))).isEqualTo(".(MigrantVictimsofDomesticAbuseConcession)");
        assertThat(latinSeenLeftToRight(body("کمک‌های دولتی (public funds) را.", "fa")))
                .isEqualTo(".(publicfunds)");
    }

    @Test
    void bracketsAroundUrduTextAreMirrored() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        // logically "(" comes first, on the right; mirrored, it still opens towards the text it encloses
        assertThat(latinSeenLeftToRight(body("بینیفٹس (اور رہائش میں مدد)", "ur"))).isEqualTo("()");
        assertThat(latinSeenLeftToRight(body("فارم [SET(DV)] پر", "ur"))).isEqualTo("[SET(DV)]");
    }

    @Test
    void anEnglishAddressDateAndPageLabelKeepTheirOrderInAnArabicLetter() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        LetterLayout letter = new LetterLayout(Letterhead.none(), "25 November 2026", List.of("12 Example Street"),
                "", "", List.of(), List.of(), "ar", PaperSize.A4, PageLabels.neutral(), "Letter");
        List<ShownGlyphs.Glyph> glyphs = ShownGlyphs.of(new LetterPdf(Fonts.SYSTEM).render(letter));

        assertThat(lines(glyphs)).containsExactly("25November2026", "12ExampleStreet", "1/1");
    }

    private static List<ShownGlyphs.Glyph> body(String text, String language) throws Exception {
        return ShownGlyphs.of(new LetterPdf(Fonts.SYSTEM).render(LetterScriptsTest.bodyOnly(text, language)));
    }

    /** The Latin letters and ASCII punctuation of the drawing, left to right (one short line). */
    private static String latinSeenLeftToRight(List<ShownGlyphs.Glyph> glyphs) {
        return glyphs.stream().filter(g -> isAsciiVisible(g.text()) && g.y() > 100)
                .sorted(Comparator.comparingDouble(ShownGlyphs.Glyph::x))
                .map(ShownGlyphs.Glyph::text).collect(Collectors.joining());
    }

    /** Each baseline's glyphs left to right, top line first. */
    private static List<String> lines(List<ShownGlyphs.Glyph> glyphs) {
        return glyphs.stream().collect(Collectors.groupingBy(g -> Math.round(g.y()))).entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey(), a.getKey()))
                .map(e -> e.getValue().stream().sorted(Comparator.comparingDouble(ShownGlyphs.Glyph::x))
                        .map(ShownGlyphs.Glyph::text).collect(Collectors.joining()))
                .toList();
    }

    private static boolean isAsciiVisible(String text) {
        return text.length() == 1 && text.charAt(0) > ' ' && text.charAt(0) < 0x7F;
    }
}
