package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A font's ToUnicode map gives each glyph one text. In a fully voweled Arabic letter the same joined letter is
 * drawn with a vowel mark (a glyph of its own) and, later, without one: its map must say the letter alone, or the
 * plain one reads back with the mark it first carried ("كانتِ" for "كانت").
 */
class VoweledGlyphMapTest {
    @TempDir
    Path dir;

    @Test
    void aLetterDrawnPlainAfterItWasDrawnWithAVowelMarkReadsBackWithoutTheMark() throws Exception {
        ReadBack.assumePdfToText();
        Fonts.require(LetterScript.ARABIC);
        // feminine address: the final taa carries a kasra in the last word, which a right-to-left line draws first
        String text = "كانت انتهت وليست إن رغبتِ";
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(LetterScriptsTest.bodyOnly(text, "ar"));

        List<String> read = ReadBack.words(ReadBack.pdfToText(pdf, dir));

        assertThat(read).as("the plain words, each with no mark it did not have").contains("كانت", "انتهت",
                "وليست");
        assertThat(read).doesNotContain("كانتِ", "انتهتِ", "وليستِ");
    }
}
