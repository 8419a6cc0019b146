package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.vault.CasebookFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts from a read-only casebook: the same numbers as published, nothing frozen or written into the folder. */
class StatsReadOnlyCommandTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    @Test
    void publishedQuartersCountTheSameReadOnlyAndTheFolderIsUntouched() throws Exception {
        Path casebook = dir.resolve("demo");
        assertThat(CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "60", "--batch", "30")
                .exitCode()).isZero();
        Path published = dir.resolve("published");
        CliHarness.Result publish = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from",
                "2026Q1", "--to", "2026Q2", "--out", published.toString());
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        List<byte[]> before = List.of(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT)),
                Files.readAllBytes(casebook.resolve(CasebookFiles.LOG)));

        Path readOnly = dir.resolve("read-only");
        CliHarness.Result counted = CliHarness.run(PASS, "stats", "--read-only", "--casebook", casebook.toString(),
                "--from", "2026Q1", "--to", "2026Q2", "--out", readOnly.toString());

        assertThat(counted.exitCode()).as(counted.err()).isZero();
        assertThat(counted.err()).contains("not frozen");
        assertThat(Files.readString(readOnly.resolve("counts.csv")))
                .isEqualTo(Files.readString(published.resolve("counts.csv")));
        assertThat(List.of(Files.readAllBytes(casebook.resolve(CasebookFiles.SNAPSHOT)),
                Files.readAllBytes(casebook.resolve(CasebookFiles.LOG)))).containsExactlyElementsOf(before);
    }
}
