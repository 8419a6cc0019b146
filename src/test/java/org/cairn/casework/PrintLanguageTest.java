package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Her copy's headings: her languages first, then the casebook's language for printed outputs, then English. */
class PrintLanguageTest {
    @Test
    void herOwnLanguageWinsOverTheCasebooks() {
        assertThat(SubjectAccessWords.forLanguages(List.of("es"), "pl").languageTag()).isEqualTo("es");
        assertThat(SubjectAccessWords.forLanguages(List.of("en"), "pl").languageTag()).isEqualTo("en-GB");
    }

    @Test
    void withoutWordsInHerLanguageTheCasebooksLanguageIsUsedAndTheCopySaysSo() {
        SubjectAccessWords words = SubjectAccessWords.forLanguages(List.of("fa"), "pl");
        assertThat(words.languageTag()).isEqualTo("pl");
        assertThat(words.get("intro")).isNotEqualTo(SubjectAccessWords.forLanguages(List.of("en")).get("intro"));
        assertThat(words.missingNote()).contains("Persian").contains("so they are in Polish")
                .doesNotContain("English;");
        assertThat(SubjectAccessWords.forLanguages(List.of("fa"), null).missingNote())
                .contains("so they are in English");
    }

    @Test
    void aCasebookLanguageWithoutWordsOrMalformedFallsBackToEnglish() {
        for (String stored : new String[] {"xx", "sw", "../pl", "p\u200bl", ""}) {
            SubjectAccessWords words = SubjectAccessWords.forLanguages(List.of("fa"), stored);
            assertThat(words.languageTag()).as(stored).isEqualTo("en-GB");
        }
        assertThat(PrintLanguage.wellFormed("pl")).isTrue();
        assertThat(PrintLanguage.wellFormed("pt-BR")).isTrue();
        for (String bad : new String[] {"../pl", "pl\u200b", "PL", "pl_PL", "p", "pl-br-x"}) {
            assertThat(PrintLanguage.wellFormed(bad)).as(bad).isFalse();
        }
    }
}
