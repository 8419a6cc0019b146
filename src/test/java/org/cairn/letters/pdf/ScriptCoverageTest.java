package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Scripts a letter may meet in a name or a sentence: compatibility forms of Latin letters print as the letters
 * they are; scripts Cairn does not print yet are refused by name, saying that a font will not help.
 */
class ScriptCoverageTest {

    @Test
    void fullWidthAndHalfWidthFormsFoldToTheirLetters() {
        StringBuilder fullWidth = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            fullWidth.appendCodePoint(c);
            ascii.appendCodePoint(c - 0xFF01 + 0x21);
        }
        assertThat(CompatibilityForms.fold(fullWidth.toString())).isEqualTo(ascii.toString());
        assertThat(CompatibilityForms.fold("\uFF2A\uFF4F\uFF48\uFF4E \uD835\uDC09\uD835\uDC28")).isEqualTo("John Jo");
    }

    @Test
    void formsWithAMeaningOfTheirOwnAreLeftAlone() {
        String meaningful = "x² ½ № ﬁ ℃ ① Dvořák مرحبا ﻻ"; // superscript, fraction, ligature, circled, Arabic forms
        assertThat(CompatibilityForms.fold(meaningful)).isEqualTo(meaningful);
    }

    @Test
    void fullWidthPunctuationStaysInChineseTextWhileFullWidthLettersFold() {
        assertThat(CompatibilityForms.fold("（您好），请联系我们：Ｊｏｈｎ１２")).isEqualTo("（您好），请联系我们：John12");
        assertThat(CompatibilityForms.fold("（Ｊｏｈｎ），")).isEqualTo("(John),");
    }

    @Test
    void aFullWidthNameInALetterPrintsAndReadsBackAsLatin() throws Exception {
        byte[] pdf = new LetterPdf(FontCatalogue.bundledOnly()).render(LetterScriptsTest.bodyOnly(
                "Dear \uFF2A\uFF4F\uFF48\uFF4E \uFF33\uFF4D\uFF49\uFF54\uFF48,", "en"));

        assertThat(LetterScriptsTest.text(pdf)).contains("Dear John Smith,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"si, ආයුබෝවන්, Sinhala", "he, שלום לכם, Hebrew", "th, สวัสดีครับ, Thai",
            "ka, გამარჯობა, Georgian", "hy, Բարեւ ձեզ, Armenian"})
    void aScriptNotPrintedYetIsRefusedByNameEvenWithAFontInstalled(String language, String text, String script) {
        assertThatThrownBy(() -> new LetterPdf(Fonts.SYSTEM).render(LetterScriptsTest.bodyOnly(text, language)))
                .isInstanceOf(ScriptNotSupportedException.class)
                .hasMessageContaining(script).hasMessageContaining(language)
                .hasMessageContaining("not supported").hasMessageContaining("Installing a font will not help")
                .hasMessageNotContaining(text);
    }
}
