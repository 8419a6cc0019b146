package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.casebook.RiskLevel;
import org.junit.jupiter.api.Test;

class ChecklistProblemsTest {
    @Test
    void aChecklistReadsItsScoresAndThresholds() {
        StructuredBody body = (StructuredBody) Problems.valid(Samples.CHECKLIST).body();
        Item afraid = body.sections().get(0).items().get(0);
        assertThat(afraid.pointsFor("yes")).isEqualTo(2);
        assertThat(afraid.pointsFor("unknown")).isEqualTo(1);
        assertThat(afraid.pointsFor("no")).isZero();
        assertThat(body.maximumScore()).isEqualTo(2 + 3 + 1);
        assertThat(body.thresholds()).containsExactly(new Threshold(0, RiskLevel.STANDARD, false, ""),
                new Threshold(4, RiskLevel.HIGH, true, "Suggest MARAC."));
    }

    @Test
    void scoresMustNameAnswersTheItemCanTake() {
        String text = Samples.CHECKLIST.replace("score: yes = 2 | unknown = 1", "score: maybe = 2 | yes = 1 | yes = 1")
                .replace("score: Sometimes = 1 | Often = 3", "score: sometimes = 1 | Often = 0")
                .replace("score: ticked = 1", "score: ticked")
                + "\n";
        assertThat(Problems.printed(text)).isEqualTo("""
                19:10: 'maybe' is not an answer this item can take. Score one of: yes, no, unknown.
                19:10: The answer 'yes' is scored twice. Score each answer once.
                23:10: 'sometimes' is not an answer this item can take. Score one of: Never, Sometimes, Often.
                23:10: Each scored answer looks like 'yes = 1': the answer, an equals sign and a whole number of \
                points from 1 to 100. Separate several with |.
                26:10: Each scored answer looks like 'yes = 1': the answer, an equals sign and a whole number of \
                points from 1 to 100. Separate several with |.""");
    }

    @Test
    void thresholdsMustRiseBeReachableAndNameALevel() {
        String body = Samples.CHECKLIST.substring(0, Samples.CHECKLIST.indexOf("threshold: 0")) + """
                threshold: 5
                  level: medium

                threshold: 5
                  level: high

                threshold: 6
                  level: medium
                  suggest: police

                threshold: 7
                  level: severe

                threshold: 99
                """;
        assertThat(Problems.printed(body)).isEqualTo("""
                31:1: Thresholds must rise: this one (5) must be higher than the one before it (5).
                36:12: The only suggestion a threshold can make is marac-referral. Write '  suggest: marac-referral' \
                or delete the line.
                39:10: Unknown level 'severe'. Use standard, medium or high.
                41:1: This threshold has no level. Add '  level: standard', medium or high below it.""");
    }

    @Test
    void anUnreachableThresholdOrAChecklistWithoutScoringIsRefused() {
        assertThat(Problems.printed(Samples.CHECKLIST.replace("threshold: 4", "threshold: 7")))
                .isEqualTo("31:1: This threshold can never be reached: the highest total this checklist can give "
                        + "is 6. Lower it or score more answers.");
        String unscored = Samples.CHECKLIST.substring(0, Samples.CHECKLIST.indexOf("threshold: 0"))
                .replaceAll("(?m)^  score: .*\\n", "");
        assertThat(Problems.printed(unscored)).contains("A risk checklist needs at least one scored item",
                "A risk checklist needs at least one threshold at the end");
    }

    @Test
    void aBrokenChoiceListWithAScoreIsReportedOnce() {
        // Found by TemplateParserFuzzTest: the score line used to read the broken list and throw.
        String text = Samples.CHECKLIST.replace("choices: Never | Sometimes | Often", "choices: Never | never");
        assertThat(Problems.printed(text)).isEqualTo("22:12: The choice 'never' is listed twice. Each choice must "
                + "be different.");
    }

    @Test
    void textAndDateItemsCannotBeScoredAndThresholdsComeLast() {
        String text = Samples.CHECKLIST.replace("- [tick] injured: Injured", "- [date] injured: When")
                + "\n## late: Late section\n\n- [tick] late: Late\n";
        assertThat(Problems.printed(text)).contains(
                "26:10: A date item cannot be scored.",
                "Sections must come before the thresholds.", "Items must come before the thresholds.");
    }
}
