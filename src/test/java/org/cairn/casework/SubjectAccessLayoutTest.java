package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.junit.jupiter.api.Test;

/** Her readable copy is headed in her language where a translation exists, else in English saying so. */
class SubjectAccessLayoutTest {
    private static final List<HeldRecord> RECORDS = List.of(
            HeldRecord.hers("client", "", "alias", "Amina Q"),
            new HeldRecord("note", "note 1", "text", "First call", "note:1", ThirdParty.OTHER_PERSON),
            new HeldRecord("personCausingHarm", "1", "name", HeldRecord.WITHHELD, "abuser:1",
                    ThirdParty.PERSON_CAUSING_HARM));

    private static LetterLayout layout(List<String> languages) {
        return SubjectAccessLayout.of("Amina Qadir Rahman", "2026-12-07", RECORDS, OrgProfile.unnamed(), languages);
    }

    private static List<String> texts(LetterLayout layout) {
        List<String> texts = new ArrayList<>();
        for (Block block : layout.body()) {
            List<Inline> inlines = block instanceof Block.Heading heading ? heading.inlines()
                    : block instanceof Block.Paragraph paragraph ? paragraph.inlines() : List.of();
            texts.add(String.join("", inlines.stream().map(Inline::text).toList()));
        }
        return texts;
    }

    @Test
    void herFirstTranslatedLanguageHeadsTheCopy() {
        LetterLayout spanish = layout(List.of("es-419", "en"));
        assertThat(spanish.languageTag()).isEqualTo("es");
        assertThat(spanish.subject()).isEqualTo("Copia de los datos que tenemos sobre usted");
        assertThat(spanish.pageLabels().format(1, 2)).isEqualTo("Página 1 de 2");
        assertThat(texts(spanish)).contains("Sus datos", "Notas del caso", "Personas que causan daño")
                .anySatisfy(t -> assertThat(t).contains("2026-12-07").contains(HeldRecord.WITHHELD))
                .noneMatch(t -> t.contains("No translation"));
        // Her first language untranslated, English her second: English, with nothing to apologise for.
        LetterLayout english = layout(List.of("fa", "en"));
        assertThat(english.languageTag()).isEqualTo("en-GB");
        assertThat(texts(english)).contains("Your details").noneMatch(t -> t.contains("No translation"));
    }

    @Test
    void anUntranslatedLanguageFallsBackToEnglishAndSaysSo() {
        // Farsi: no letter or headings in it yet, so this keeps the English fallback tested.
        LetterLayout layout = layout(List.of("fa-IR"));
        assertThat(layout.languageTag()).isEqualTo("en-GB");
        assertThat(texts(layout).get(0)).startsWith("No translation of these headings into Persian");
        assertThat(texts(layout)).contains("Your details", "Case notes");
        // A stored language that is not a language tag cannot reach another resource.
        for (String odd : List.of("../../ui/messages", "es\u200b", "ES", "", "x-klingon")) {
            LetterLayout fallback = layout(List.of(odd));
            assertThat(fallback.languageTag()).as(odd).isIn("en-GB", "es");
        }
    }

    @Test
    void everyLanguageALetterTemplateIsWrittenInGetsHerCopyHeadedInIt() {
        List<String> letterLanguages = letterLanguages();
        assertThat(letterLanguages).as("the shipped letters' languages").contains("es", "ar", "zh-Hans", "ti");
        String englishIntro = texts(layout(List.of("en"))).get(0);
        for (String tag : letterLanguages) {
            String language = java.util.Locale.forLanguageTag(tag).getLanguage();
            LetterLayout layout = layout(List.of(tag));
            assertThat(layout.languageTag()).as(tag).isEqualTo(language.equals("en") ? "en-GB" : language);
            assertThat(texts(layout)).as(tag).noneMatch(t -> t.contains("No translation"));
            if (!language.equals("en")) {
                // Her words, not the English ones: the opening and the first heading are translated.
                assertThat(texts(layout).get(0)).as(tag).isNotEqualTo(englishIntro).contains("2026-12-07");
                assertThat(texts(layout)).as(tag).doesNotContain("Your details");
            }
        }
    }

    @Test
    void everyTranslationHasEveryHeadingOfTheEnglish() throws Exception {
        Properties english = SubjectAccessWords.forLanguages(List.of("en")).words();
        java.util.Set<String> languages = new java.util.TreeSet<>(List.of("es", "pt", "pl", "ar", "ur", "bn", "pa",
                "ta", "ti", "zh"));
        letterLanguages().forEach(tag -> languages.add(java.util.Locale.forLanguageTag(tag).getLanguage()));
        languages.remove("en");
        for (String language : languages) {
            SubjectAccessWords words = SubjectAccessWords.forLanguages(List.of(language));
            assertThat(words.languageTag()).isEqualTo(language);
            assertThat(words.words().stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            assertThat(words.get("intro")).as(language).contains("{0}", "{1}");
            for (String key : english.stringPropertyNames()) {
                String value = words.get(key);
                // Same placeholders as the English, none lost or invented; no invisible or direction characters.
                assertThat(placeholders(value)).as(language + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(value).as(language + " " + key).isNotBlank()
                        .doesNotContainPattern("[\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
                assertThat(java.text.MessageFormat.format(value.replace("'", "''"), "A", "B")).as(language + " " + key)
                        .doesNotContain("{");
            }
        }
    }

    private static List<String> letterLanguages() {
        return new org.cairn.templates.BuiltInTemplates(org.cairn.templates.TemplateParser.standard()).all().stream()
                .map(t -> t.header()).filter(h -> h.kind() == org.cairn.templates.TemplateKind.LETTER)
                .map(h -> h.language()).distinct().toList();
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d+}").matcher(text).results().map(r -> r.group()).sorted()
                .toList();
    }
}
