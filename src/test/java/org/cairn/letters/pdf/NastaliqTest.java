package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Urdu is set in Nastaliq when a Nastaliq font is installed: its words descend in a cascade from right to left, so
 * the glyphs of one word sit on several heights, where Naskh keeps them on (or near) one baseline.
 */
class NastaliqTest {

    private static final String WORD = "تشدد";

    @Test
    void urduWordsAreSetInNastaliqWithTheirCascade() throws Exception {
        assumeTrue(Fonts.SYSTEM.fallbackNotice("ur").isEmpty(), "Noto Nastaliq Urdu (fonts-noto-core) is installed");
        List<ShownGlyphs.Glyph> glyphs = ShownGlyphs.of(new LetterPdf(Fonts.SYSTEM)
                .render(LetterScriptsTest.bodyOnly(WORD, "ur")));

        List<ShownGlyphs.Glyph> nastaliq = glyphs.stream().filter(g -> g.font().contains("Nastaliq")).toList();
        assertThat(nastaliq).hasSizeGreaterThanOrEqualTo(4);
        assertThat(heights(nastaliq)).as("the cascade").isGreaterThanOrEqualTo(3);
    }

    @Test
    void arabicStaysInNaskhOnOneBaseline() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        List<ShownGlyphs.Glyph> glyphs = ShownGlyphs.of(new LetterPdf(Fonts.SYSTEM)
                .render(LetterScriptsTest.bodyOnly(WORD, "ar")));

        assertThat(glyphs).noneMatch(g -> g.font().contains("Nastaliq"));
        assertThat(heights(glyphs.stream().filter(g -> g.font().contains("Arabic")).toList())).isLessThanOrEqualTo(2);
    }

    /** How many different heights (to a tenth of a point) the glyphs are drawn at. */
    private static long heights(List<ShownGlyphs.Glyph> glyphs) {
        return glyphs.stream().mapToLong(g -> Math.round(g.y() * 10)).distinct().count();
    }
}
