package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.RiskLevel;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo casebook's plans and checklists are real uses of the built-in templates, scored by their own rule. */
class DemoFormsTest {
    @TempDir
    Path dir;

    @Test
    void demoChecklistsScoreAsTheTemplateSaysAndMatchTheCaseLevel() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        try (Vault vault = TestVaults.create(dir).vault()) {
            Casebook casebook = Casebook.open(vault, clock, "tester");
            new DemoCasebook(casebook, clock, 11).generate(40, 20, n -> { });
            TemplateParser parser = TemplateParser.standard();
            ChecklistScoring scoring = new ChecklistScoring();
            Set<String> kinds = new HashSet<>();
            int checklists = 0;
            for (CaseSummary summary : casebook.search("", Integer.MAX_VALUE)) {
                var caseFile = casebook.cases().findByReference(summary.reference()).orElseThrow();
                for (CaseForm form : casebook.forms().forCase(caseFile.id())) {
                    Template template = parser.parse(form.template().text()).template().orElseThrow();
                    assertThat(template.header().kind().token()).isEqualTo(form.template().kind());
                    StructuredBody body = (StructuredBody) template.body();
                    FormVersion saved = casebook.forms().latest(form.id()).orElseThrow();
                    assertAnswersFit(body, saved.answers());
                    kinds.add(form.template().kind());
                    if (template.header().kind() == TemplateKind.RISK_CHECKLIST) {
                        checklists++;
                        ChecklistResult result = scoring.score(body, saved.answers());
                        assertThat(saved.score()).isEqualTo(result.total());
                        RiskLevel level = caseFile.details().risk();
                        assertThat(result.threshold().orElseThrow().level()).isEqualTo(level);
                        assertThat(casebook.risk().maracDecisions(caseFile.id()).stream()
                                .anyMatch(d -> d.decision() == MaracChoice.REFER)).isEqualTo(level == RiskLevel.HIGH);
                    }
                }
            }
            assertThat(kinds).containsExactlyInAnyOrder("safety-plan", "risk-checklist");
            assertThat(checklists).isBetween(3, 30);
        }
    }

    private static void assertAnswersFit(StructuredBody body, Map<String, String> answers) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Item item = body.sections().stream().flatMap(s -> s.items().stream())
                    .filter(i -> i.id().equals(answer.getKey())).findFirst().orElseThrow(() ->
                            new AssertionError("no item " + answer.getKey()));
            List<String> allowed = switch (item.type()) {
                case TICK -> List.of("ticked");
                case YES_NO_UNKNOWN -> List.of("yes", "no", "unknown");
                case CHOICE -> item.choices();
                default -> List.of(answer.getValue());
            };
            assertThat(allowed).as(item.id()).contains(answer.getValue());
        }
    }
}
