package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TemplateParser;
import org.cairn.templates.TranslationStatus;
import org.junit.jupiter.api.Test;

class BuiltInLettersTest {
    private final List<Template> letters = new BuiltInTemplates(TemplateParser.standard()).all().stream()
            .filter(t -> t.header().kind() == TemplateKind.LETTER).toList();

    @Test
    void theSevenLettersOfTheIssueAreBuiltIn() {
        assertThat(letters).extracting(t -> t.header().id()).contains("letter-gp-registration",
                "letter-nhs-charging-exemption", "letter-info-mvdac", "letter-no-immigration-sharing",
                "letter-support-confirmation", "letter-referral-cover", "letter-from-client-subject-access");
    }

    @Test
    void clientFacingLettersExistInSpanishPortugueseAndNonLatinScriptsMarkedForReview() {
        Map<String, TranslationStatus> mvdac = letters.stream()
                .filter(t -> t.header().id().startsWith("letter-info-mvdac"))
                .collect(Collectors.toMap(t -> t.header().language(), t -> t.header().translation()));

        assertThat(mvdac).containsKeys("en-GB", "es", "pt", "pl", "ar", "ur", "bn");
        assertThat(mvdac.get("en-GB")).isEqualTo(TranslationStatus.ORIGINAL);
        mvdac.forEach((language, status) -> {
            if (!language.equals("en-GB")) {
                assertThat(status).as(language).isEqualTo(TranslationStatus.NEEDS_REVIEW);
            }
        });
    }

    @Test
    void informationForTheClientIsNeverImmigrationAdviceAndCarriesNoSensitiveField() {
        for (Template t : letters) {
            if (t.header().recipient() == RecipientKind.CLIENT) {
                assertThat(t.header().requiresOisc()).as(t.header().id()).isFalse();
                assertThat(t.header().sensitive()).as(t.header().id()).isEmpty();
            }
            assertThat(t.header().recipient()).as(t.header().id()).isNotEqualTo(RecipientKind.IMMIGRATION_AUTHORITY);
        }
    }
}
