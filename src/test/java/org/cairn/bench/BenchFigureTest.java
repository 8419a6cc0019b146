package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchFigureTest {
    @Test
    void aFigureSurvivesTheChildJvmLine() {
        Samples samples = new Samples();
        samples.add(3);
        samples.add(1);
        samples.add(2);
        BenchFigure figure = BenchFigure.of("commit.p95", "commit p95", 10_000, samples, "ms")
                .withBeside("plain SQLite 2 ms").withNote("five rounds");

        BenchFigure back = BenchFigure.parse(figure.toLine());

        assertThat(back.id()).isEqualTo("commit.p95");
        assertThat(back.cases()).isEqualTo(10_000);
        assertThat(back.median()).isEqualTo(2.0);
        assertThat(back.low()).isEqualTo(1.0);
        assertThat(back.high()).isEqualTo(3.0);
        assertThat(back.runs()).isEqualTo(3);
        assertThat(back.beside()).isEqualTo("plain SQLite 2 ms");
        assertThat(back.note()).isEqualTo("five rounds");
    }

    @Test
    void aSkippedFigureStaysSkippedThroughTheLine() {
        BenchFigure back = BenchFigure.parse(BenchFigure.skipped("startup.window", "start", 0, "no image").toLine());

        assertThat(back.measured()).isFalse();
        assertThat(back.note()).isEqualTo("no image");
    }

    @Test
    void otherOutputIsNotTakenForAFigure() {
        assertThat(BenchFigure.isLine("committed 1000")).isFalse();
        assertThatThrownBy(() -> BenchFigure.parse("bench-figure\tonly\ttwo")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void runsCombineToTheMedianOfTheirMediansAndTheWidestSpread() {
        List<BenchFigure> runs = List.of(
                new BenchFigure("letter.latin.first", "first", 0, 900, 900, 900, 1, "ms", "", ""),
                new BenchFigure("letter.latin.first", "first", 0, 500, 400, 600, 1, "ms", "", ""),
                new BenchFigure("letter.latin.first", "first", 0, 700, 650, 1200, 1, "ms", "", ""));

        BenchFigure combined = BenchFigure.combine(runs);

        assertThat(combined.median()).isEqualTo(700);
        assertThat(combined.low()).isEqualTo(400);
        assertThat(combined.high()).isEqualTo(1200);
        assertThat(combined.runs()).isEqualTo(3);
    }

    @Test
    void textWithATabIsRefusedRatherThanBreakingTheLine() {
        assertThatThrownBy(() -> BenchFigure.single("x", "a\tb", 0, 1, "ms"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
