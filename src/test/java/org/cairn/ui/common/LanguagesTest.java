package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void englishIsOfferedAndIsNoDraft() {
        assertThat(Languages.offered()).contains(new Languages.Language("en", "English", false));
    }

    /** The picker follows the file, not the alphabet of tags: English stays first whatever languages are added. */
    @Test
    void languagesAreOfferedInTheOrderOfTheFile() throws IOException {
        List<String> linesInFile = Files.readAllLines(Path.of("src/main/resources/org/cairn/ui/languages.properties"))
                .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(Languages.offered()).extracting(Languages.Language::tag).containsExactlyElementsOf(linesInFile);
        assertThat(Languages.offered().get(0).tag()).isEqualTo("en");
    }

    @Test
    void aStoredLanguageOnOfferWinsOverTheSystemsAndAnythingElseIsIgnored() {
        Locale system = Locale.forLanguageTag("pl-PL");
        assertThat(Languages.chosen("en", system)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.chosen(" EN ", system)).as("as typed by hand").isEqualTo(Locale.ENGLISH);
        assertThat(Languages.chosen("", system)).isEqualTo(system);
        assertThat(Languages.chosen(null, system)).isEqualTo(system);
        // A language with no bundle, left by a newer version or typed by hand, is not trusted.
        assertThat(Languages.chosen("xx", system)).isEqualTo(system);
        assertThat(Languages.chosen("en\u200b", system)).as("with an invisible character").isEqualTo(system);
    }

    @Test
    void aChosenLanguageWithoutTranslationFallsBackToEnglishNotToTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Messages messages = Messages.forLocale(Locale.forLanguageTag("sw"));
            assertThat(messages.get("appSettings.title")).isEqualTo("Settings");
            assertThat(messages.rightToLeft()).isFalse();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anApostropheShowsAsWrittenAndPluralsFollowTheCount() {
        Messages messages = Fakes.messages();
        assertThat(messages.format("problem.risk-not-higher")).contains("case's");
        assertThat(messages.get("backup.done")).doesNotContain("''");
        assertThat(messages.format("cases.count", 1)).isEqualTo("1 case");
        assertThat(messages.format("cases.count", 1200)).isEqualTo("1,200 cases");
        assertThat(messages.format("cases.count.cut", 500, 1)).contains("500 of 1 case shown");
    }
}
