package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInTemplatesTest {
    private final TemplateParser parser = TemplateParser.standard();
    private final BuiltInTemplates builtIns = new BuiltInTemplates(parser);

    @Test
    void everyBuiltInParsesWithoutProblems() {
        for (String name : builtIns.names()) {
            assertThat(parser.parse(builtIns.bytes(name)).problems()).as(name).isEmpty();
        }
    }

    @Test
    void everyBuiltInIsCanonicalSoExportGivesTheSameBytes() {
        TemplateWriter writer = new TemplateWriter();
        for (String name : builtIns.names()) {
            byte[] shipped = builtIns.bytes(name);
            Template template = parser.parse(shipped).template().orElseThrow();
            assertThat(new String(writer.toBytes(template), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theIssueContentIsAllThereWithSourcesAndTheSameCheckDate() {
        List<Template> all = builtIns.all();
        Set<String> ids = new HashSet<>();
        all.forEach(t -> assertThat(ids.add(t.header().id())).as("unique id " + t.header().id()).isTrue());
        assertThat(ids).contains("plan-leaving", "plan-staying", "plan-after-leaving", "plan-technology",
                "plan-children", "plan-documents", "checklist-risk", "referral-dv-service", "referral-refuge",
                "referral-immigration-advice", "referral-family-law", "referral-support-migrant-victims",
                "referral-gp-registration", "referral-labour-exploitation");
        for (Template t : all) {
            assertThat(t.header().source()).as(t.header().id()).contains("own words");
            assertThat(t.header().lastChecked()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(t.header().id() + ".cairn-template").isIn(builtIns.names());
        }
    }

    @Test
    void theRiskChecklistSuggestsMaracAtFourteenAndSaysJudgementCanRaiseTheLevel() {
        Template checklist = builtIns.all().stream().filter(t -> t.header().id().equals("checklist-risk"))
                .findFirst().orElseThrow();
        StructuredBody body = (StructuredBody) checklist.body();
        Threshold top = body.thresholds().get(body.thresholds().size() - 1);
        assertThat(top.minimum()).isEqualTo(14);
        assertThat(top.suggestMarac()).isTrue();
        assertThat(body.maximumScore()).isEqualTo(31);
        assertThat(body.sections().get(0).guidance()).contains("professional judgement can always raise");
    }

    @Test
    void theDocumentsPlanNamesWhatTheIssueAsksFor() {
        String text = new String(builtIns.bytes("plan-documents.cairn-template"), StandardCharsets.UTF_8);
        assertThat(text).contains("Passport", "BRP", "eVisa", "Birth certificates", "Bank account", "Evidence");
    }
}
