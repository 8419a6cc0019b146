package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenFontTest {
    private static final List<String> LINUX = List.of("Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic",
            "Noto Sans Bengali", "DejaVu Sans");

    @Test
    void wordsInArabicScriptGetAnInstalledFontThatHasIt() {
        for (String words : List.of("کیس رجسٹر بنائیں", "سجل الحالات", "Cairn: کیس رجسٹر", "12 — پرونده")) {
            assertThat(ScreenFont.familyFor(words, LINUX)).as(words).contains("Noto Naskh Arabic");
        }
        assertThat(ScreenFont.familyFor("کیس رجسٹر", List.of("Segoe UI", "Arial"))).contains("Segoe UI");
    }

    @Test
    void otherScriptsAndPseudoLanguagesKeepTheThemesFont() {
        for (String words : List.of("Create a casebook", "Utwórz rejestr spraw", "কেস খাতা তৈরি করুন",
                "⟦Ĉŕéàţé à ĉàšéƀôôķ····⟧", "12 / 2026", "")) {
            assertThat(ScreenFont.familyFor(words, LINUX)).as(words).isEmpty();
        }
    }

    @Test
    void noSuitableFontInstalledKeepsTheThemesFont() {
        assertThat(ScreenFont.familyFor("کیس رجسٹر", List.of("Noto Sans", "Liberation Sans"))).isEmpty();
        assertThat(ScreenFont.css(Optional.empty())).isEmpty();
        assertThat(ScreenFont.css(Optional.of("Noto Sans Arabic"))).isEqualTo("-fx-font-family: \"Noto Sans Arabic\";");
    }
}
