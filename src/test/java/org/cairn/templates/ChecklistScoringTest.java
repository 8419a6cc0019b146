package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cairn.casebook.RiskLevel;
import org.junit.jupiter.api.Test;

class ChecklistScoringTest {
    private final ChecklistScoring scoring = new ChecklistScoring();
    private final StructuredBody body = (StructuredBody) new BuiltInTemplates(TemplateParser.standard()).all()
            .stream().filter(t -> t.header().id().equals("checklist-risk")).findFirst().orElseThrow().body();

    @Test
    void pointsAddUpAndTheHighestReachedThresholdApplies() {
        assertThat(scoring.score(body, Map.of()).total()).isZero();
        assertThat(scoring.score(body, Map.of()).threshold().orElseThrow().level()).isEqualTo(RiskLevel.STANDARD);

        ChecklistResult medium = scoring.score(body, Map.of("strangled", "yes", "weapon", "yes", "afraid", "yes",
                "frequency", "Once", "injured", "no", "private", "ticked"));
        assertThat(medium.total()).isEqualTo(8);
        assertThat(medium.threshold().orElseThrow().level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(medium.threshold().orElseThrow().suggestMarac()).isFalse();

        ChecklistResult high = scoring.score(body, Map.of("strangled", "yes", "weapon", "yes", "afraid-killed",
                "yes", "threats-to-kill", "yes", "frequency", "Every week or more"));
        assertThat(high.total()).isEqualTo(15);
        assertThat(high.threshold().orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(high.threshold().orElseThrow().suggestMarac()).isTrue();
    }

    @Test
    void unknownItemsAndUnscoredAnswersAddNothing() {
        assertThat(scoring.score(body, Map.of("no-such-item", "yes", "strangled", "unknown",
                "advocate-view", "yes")).total()).isZero();
    }
}
