package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.vault.FileOpener;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    private Path demo(int cases) {
        Path casebook = dir.resolve("demo");
        assertThat(CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", Integer.toString(cases),
                "--batch", "100").exitCode()).isZero();
        return casebook;
    }

    @Test
    void writesTheFilesSaysWhatItWroteAndAgainGivesTheSameNumbers() throws Exception {
        Path casebook = demo(200);
        Path first = dir.resolve("first");
        CliHarness.Result run = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q1",
                "--to", "2026Q3", "--out", first.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + first.resolve("counts.csv"))
                .contains("wrote " + first.resolve("metadata.csv")).contains("wrote " + first.resolve("README.txt"))
                .contains("wrote " + first.resolve("report.pdf"));
        assertThat(Files.readString(first.resolve("counts.csv"))).contains("referrals_by_kind_and_outcome,2026Q1,0,")
                .contains("safety_plans_completed,2026Q3,0,");
        assertThat(Files.readString(first.resolve("metadata.csv"))).contains("periods,2026Q1-2026Q3");

        Path second = dir.resolve("second");
        assertThat(CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q1", "--to",
                "2026Q3", "--out", second.toString()).exitCode()).isZero();
        assertThat(Files.readString(second.resolve("counts.csv"))).isEqualTo(
                Files.readString(first.resolve("counts.csv")));

        CliHarness.Result again = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q1",
                "--out", first.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).startsWith("cairn: ").contains("already exists");
    }

    @Test
    void aRevisionWithoutEnoughChangedCasesIsRefusedWithTheReasonAndNothingIsWritten() {
        Path casebook = demo(50);
        CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q2", "--out",
                dir.resolve("a").toString());
        CliHarness.Result revised = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from",
                "2026Q2", "--out", dir.resolve("b").toString(), "--revise", "late corrections");
        assertThat(revised.exitCode()).as(revised.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(revised.err()).startsWith("cairn: 2026Q2 cannot be revised yet")
                .contains("fewer than the threshold of 10").contains("perturbed afresh");
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void unsafeSettingsUnfinishedQuartersAndConflictsAreUsageErrorsWithOneLine() {
        Path casebook = demo(20);
        String out = dir.resolve("out").toString();
        for (String[] args : new String[][] {
                {"--from", "2026Q4"}, {"--from", "2026Q1", "--threshold", "4"},
                {"--from", "2026Q1", "--rounding-base", "2"}, {"--from", "2026-01"},
                {"--from", "2026Q1", "--rule", "everyone"}, {"--from", "2026Q2", "--to", "2026Q1"}}) {
            String[] full = new String[args.length + 5];
            full[0] = "stats";
            full[1] = "--casebook";
            full[2] = casebook.toString();
            full[3] = "--out";
            full[4] = out;
            System.arraycopy(args, 0, full, 5, args.length);
            CliHarness.Result result = CliHarness.run(PASS, full);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err().lines().count()).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
        assertThat(CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q1", "--out",
                dir.resolve("t15").toString(), "--threshold", "15").exitCode()).isZero();
        CliHarness.Result conflict = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from",
                "2026Q1", "--out", out);
        assertThat(conflict.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(conflict.err()).contains("2026Q1 was published (revision 0) with threshold 15");
    }

    @Test
    void tablesCanBeChosenAndTheQuarterOptionsAreSharedWithTheOtherStatsCommands() throws Exception {
        Path casebook = demo(20);
        Path out = dir.resolve("some");
        CliHarness.Result some = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from", "2026Q1",
                "--tables", "safety_plans_completed,referrals_by_kind_and_outcome", "--out", out.toString());
        assertThat(some.exitCode()).as(some.err()).isZero();
        assertThat(Files.readString(out.resolve("counts.csv")).lines().skip(1).map(l -> l.split(",")[0]).distinct())
                .containsExactly("referrals_by_kind_and_outcome", "safety_plans_completed");
        CliHarness.Result unknown = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from",
                "2026Q1", "--tables", "referrals", "--out", dir.resolve("none").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("there is no table 'referrals'");
        for (String command : new String[] {"stats", "stats-bundle"}) {
            CliHarness.Result noFrom = CliHarness.run(PASS, command, "--casebook", casebook.toString(), "--out",
                    dir.resolve("x").toString());
            assertThat(noFrom.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(noFrom.err()).as(command).contains("Missing required option: '--from=QUARTER'");
        }
    }

    @Test
    void aFailureWhileClosingIsReportedAndNothingIsCalledWritten() throws Exception {
        Path casebook = demo(30);
        // Publishing freezes quarters in the log, so closing writes a checkpoint: here the disk is full by then.
        FileOpener full = (path, options) -> {
            if (path.getFileName().toString().startsWith("casebook.cairn")) {
                throw new IOException("No space left on device");
            }
            return FileChannel.open(path, options);
        };
        Path out = dir.resolve("counts");
        CliHarness.Result run = CliHarness.runWith(VaultOptions.standard().withOpener(full), PASS, "stats",
                "--casebook", casebook.toString(), "--from", "2026Q1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DISK_FULL);
        assertThat(run.out()).as("no success printed before the failure").doesNotContain("wrote").isEmpty();
        assertThat(run.err()).contains("cairn: the counts were written to " + out)
                .contains("could not be closed").contains("disk is full").contains("cairn check");
        assertThat(out.resolve("counts.csv")).exists();
        CliHarness.Result check = CliHarness.run(PASS, "check", "--casebook", casebook.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        CliHarness.Result again = CliHarness.run(PASS, "stats", "--casebook", casebook.toString(), "--from",
                "2026Q1", "--out", dir.resolve("again").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(dir.resolve("again").resolve("counts.csv")))
                .as("the frozen quarter survived the failed close").isEqualTo(Files.readString(out.resolve("counts.csv")));
        assertThat(again.out()).contains("wrote " + dir.resolve("again").resolve("report.pdf"));
    }
}
