package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenFontTest {
    private static final List<String> LINUX = List.of("Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic",
            "Noto Sans Bengali", "DejaVu Sans");

    @Test
    void arabicScriptLanguagesGetAnInstalledFontThatHasTheirScript() {
        for (String tag : List.of("ur", "ar", "fa", "ps", "ur-PK", "ar-EG")) {
            assertThat(ScreenFont.familyFor(Locale.forLanguageTag(tag), LINUX)).as(tag).contains("Noto Naskh Arabic");
        }
        assertThat(ScreenFont.familyFor(Locale.forLanguageTag("ur"), List.of("Segoe UI", "Arial")))
                .contains("Segoe UI");
    }

    @Test
    void otherScriptsKeepTheThemesFont() {
        for (String tag : List.of("en", "en-GB", "pl", "es", "bn", "ro", "pa")) {
            assertThat(ScreenFont.familyFor(Locale.forLanguageTag(tag), LINUX)).as(tag).isEmpty();
        }
    }

    @Test
    void noSuitableFontInstalledKeepsTheThemesFont() {
        assertThat(ScreenFont.familyFor(Locale.forLanguageTag("ur"), List.of("Noto Sans", "Liberation Sans")))
                .isEmpty();
        assertThat(ScreenFont.css(Optional.empty())).isEmpty();
        assertThat(ScreenFont.css(Optional.of("Noto Sans Arabic"))).isEqualTo("-fx-font-family: \"Noto Sans Arabic\";");
    }
}
