package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderProblemsTest {
    @Test
    void theSamplesAreValidAndCarryTheirHeader() {
        TemplateHeader header = Problems.valid(Samples.LETTER).header();
        assertThat(header.id()).isEqualTo("sample");
        assertThat(header.version()).isEqualTo(3);
        assertThat(header.kind()).isEqualTo(TemplateKind.LETTER);
        assertThat(header.consent()).isEqualTo(ConsentNeed.SHARE_WITH_ORGANISATION);
        assertThat(header.consent().purpose()).contains(org.cairn.casebook.ConsentPurpose.SHARE_WITH_ORGANISATION);
        assertThat(header.sensitive()).containsExactly(SensitivityClass.CONTACT);
        assertThat(Problems.valid(Samples.PLAN).header().kind()).isEqualTo(TemplateKind.SAFETY_PLAN);
    }

    @Test
    void everyBadValueIsReportedAtItsOwnLineAndColumn() {
        String text = Samples.PLAN.replace("id: sample", "id: Plan_1").replace("version: 3", "version: 03")
                .replace("kind: safety-plan", "kind: plan").replace("language: en-GB", "language: en-gb")
                .replace("sensitive: none", "sensitive: location, location")
                .replace("requires-oisc: no", "requires-oisc: maybe")
                .replace("last-checked: 2026-11-25", "last-checked: 2026-02-30")
                .replace("translation: original", "translation: machine");
        assertThat(Problems.printed(text)).isEqualTo("""
                2:5: The id 'Plan_1' is not usable. Use up to 64 lower-case letters, digits and single hyphens, \
                starting with a letter, such as plan-leaving.
                3:10: The version must be a whole number from 1 upwards, such as 1 or 12, without leading zeros.
                5:7: Unknown kind 'plan'. Use safety-plan, risk-checklist, referral or letter.
                6:11: Write the language tag as en-GB.
                9:12: location is listed twice under sensitive. List it once.
                10:16: requires-oisc must be yes or no.
                12:15: '2026-02-30' is not a date. Write it as year-month-day, such as 2026-11-25.
                13:14: Unknown translation 'machine'. Use original, needs-review or reviewed.""");
    }

    @Test
    void unknownDuplicateAndMissingFieldsAreAllReported() {
        String text = Samples.PLAN.replace("title: Sample", "titel: Sample").replace("source: Test",
                "source: Test\nsource: Again").replace("consent: keep-records\n", "");
        assertThat(Problems.printed(text)).isEqualTo("""
                4:1: Unknown header field 'titel'. Did you mean title? The fields are cairn-template, id, version, \
                title, kind, language, recipient, consent, sensitive, requires-oisc, source, last-checked, \
                translation.
                11:1: The source field is given twice (first on line 10). Keep only one.
                14:1: The header has no title line. Add one above the --- line (docs/TEMPLATES.md lists every \
                header field).
                14:1: The header has no consent line. Add one above the --- line (docs/TEMPLATES.md lists every \
                header field).""");
    }

    @Test
    void aHeaderThatNeverEndsOrHasNoColonSaysWhatToDo() {
        assertThat(Problems.printed("cairn-template: 1\nid: x\nthis is prose")).contains(
                "3:1: Header lines look like key: value, and this one has no colon.",
                "4:1: The header never ends. Add a line with only --- after the last header field, then the body.");
    }

    @Test
    void aNewerFormatOrAnEmptyValueIsExplained() {
        String text = Samples.PLAN.replace("cairn-template: 1", "cairn-template: 2").replace("source: Test",
                "source:   ");
        assertThat(Problems.printed(text)).isEqualTo("""
                1:17: This file is in template format '2', and this Cairn reads format 1. Write cairn-template: 1, \
                or update Cairn if the file came from a newer version.
                11:8: The source field has no value. Write one after the colon.""");
    }

    @Test
    void languageTagsMustBeWellFormedBcp47() {
        assertThat(Problems.printed(Samples.PLAN.replace("en-GB", "english please")))
                .startsWith("6:11: 'english please' is not a language tag.");
        for (String tag : Set.of("es", "pt-BR", "ur", "bn", "ar", "zh-Hant-TW", "ti")) {
            assertThat(Problems.valid(Samples.PLAN.replace("en-GB", tag)).header().language()).isEqualTo(tag);
        }
    }

    @Test
    void headerFieldsMayComeInAnyOrderButExportPutsThemInTheDocumentedOrder() {
        String shuffled = Samples.PLAN.replace("id: sample\n", "").replace("translation: original\n",
                "translation: original\nid: sample\n");
        Template template = Problems.valid(shuffled);
        assertThat(new TemplateWriter().write(template)).isEqualTo(Samples.PLAN);
    }
}
