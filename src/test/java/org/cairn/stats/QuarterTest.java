package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {
    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void parsesAndPrintsAndKnowsItsDays() {
        Quarter q = Quarter.parse("2026q1");
        assertThat(q).hasToString("2026Q1");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Quarter.parse("2024Q1").lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Quarter.parse("2026Q4").next()).hasToString("2027Q1");
        assertThat(Quarter.parse("2026Q1").previous()).hasToString("2025Q4");
        assertThat(Quarter.containing(LocalDate.of(2026, 8, 15))).hasToString("2026Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q5", "2026-01", "Q1 2026", "2026Q0", "", "26Q1", "2026-01-01"})
    void refusesAnythingButAWholeQuarter(String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026Q1");
    }

    @Test
    void rangesListWholeQuartersInOrderAndRefuseBackwardsOrHugeRanges() {
        QuarterRange range = new QuarterRange(Quarter.parse("2025Q3"), Quarter.parse("2026Q2"));
        assertThat(range.quarters()).extracting(Quarter::toString)
                .containsExactly("2025Q3", "2025Q4", "2026Q1", "2026Q2");
        assertThatThrownBy(() -> new QuarterRange(Quarter.parse("2026Q2"), Quarter.parse("2026Q1")))
                .hasMessageContaining("after it ends");
        assertThatThrownBy(() -> new QuarterRange(Quarter.parse("2000Q1"), Quarter.parse("2026Q1")))
                .hasMessageContaining("at most");
    }

    @Test
    void aQuarterCanBePublishedOnlyOnceItHasEnded() {
        QuarterRange q3 = QuarterRange.of(Quarter.parse("2026Q3"));
        assertThatThrownBy(() -> new CompletedQuarters(on("2026-09-30")).require(q3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026Q3 has not ended yet; only whole, completed quarters can be published "
                        + "(the latest is 2026Q2)");
        assertThat(new CompletedQuarters(on("2026-10-01")).require(q3)).isEqualTo(q3);
        assertThatThrownBy(() -> new CompletedQuarters(on("2026-11-25"))
                .require(new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q4"))))
                .hasMessageStartingWith("2026Q4 has not ended yet");
    }
}
