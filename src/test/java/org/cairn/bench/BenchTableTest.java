package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTableTest {
    @Test
    void aTargetIsJudgedOnlyAtTheSizeItIsSetFor() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.single("checkpoint", "checkpoint", 1_000, 900, "ms"));
        table.add(BenchFigure.single("checkpoint", "checkpoint", 10_000, 450, "ms"));

        String markdown = table.markdown();

        assertThat(markdown).contains("| checkpoint | 1,000 | 900 ms | one run |  | ≤ 500 ms at 10k |  |");
        assertThat(markdown).contains("| checkpoint | 10,000 | 450 ms | one run |  | ≤ 500 ms at 10k | met |");
    }

    @Test
    void aFigureAboveItsTargetIsMissed() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.single("letter.latin.warm", "warm letter", 0, 151, "ms"));

        assertThat(table.markdown()).contains("| **missed** |");
    }

    @Test
    void aSkippedFigureSaysWhyAndIsNotJudged() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.skipped("startup.window", "cold start", 0, "build the image first"));

        assertThat(table.markdown()).contains("skipped: build the image first").contains("| not measured |");
        assertThat(table.unjudged()).contains("cold start to the first window ≤ 1.5 s");
    }

    @Test
    void targetsAtSizesNotRunAreListedAsUnjudged() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.single("checkpoint", "checkpoint", 1_000, 100, "ms"));

        assertThat(table.unjudged()).contains("checkpoint ≤ 500 ms at 10k");
    }

    @Test
    void rowsKeepTheirFirstOrderWithTheSmallestCasebookFirst() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.single("b", "second measure", 10_000, 1, "ms"));
        table.add(BenchFigure.single("a", "later measure", 1_000, 1, "ms"));
        table.add(BenchFigure.single("b", "second measure", 1_000, 1, "ms"));

        assertThat(table.figures()).extracting(f -> f.id() + "@" + f.cases())
                .containsExactly("b@1000", "b@10000", "a@1000");
    }

    @Test
    void aNoteSharedByMeasuresIsWrittenOnce() {
        BenchTable table = new BenchTable();
        table.add(BenchFigure.single("commit.p50", "commit p50", 1_000, 1, "ms").withNote("rounds"));
        table.add(BenchFigure.single("commit.p95", "commit p95", 1_000, 2, "ms").withNote("rounds"));

        assertThat(table.notes()).isEqualTo("- commit p50; commit p95: rounds\n");
    }
}
