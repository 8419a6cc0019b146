package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer benchmark runs end to end at a small size and reports both figures (no timing is asserted). */
class TransferProbeTest {
    @TempDir
    Path work;

    @Test
    void exportsAndImportsTheCasesAndReportsBothFigures() throws Exception {
        BenchCasebook book = new BenchCasebooks(new Progress()).build(60, work).casebook();
        List<BenchFigure> figures = new TransferProbe(15).measure(book);
        assertThat(figures).extracting(BenchFigure::id).containsExactly("transfer.export", "transfer.import");
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.cases()).isEqualTo(60);
            assertThat(f.measured()).isTrue();
        });
        assertThat(figures.get(1).note()).contains("15 cases");
    }
}
