package org.cairn.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import org.cairn.stats.CoalitionReport;
import org.cairn.stats.OrganisationBundles;
import org.cairn.stats.Publication;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coalition-report", description = "Write the coalition's evidence report (a PDF) from pooled "
        + "quarters already published with coalition-merge: a summary in plain words, which quarters and how many "
        + "organisations each includes, how the numbers are protected and what they cannot show, then the tables. "
        + "Only published figures; nothing is counted again and no organisation is named.")
final class CoalitionReportCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;
    @Option(names = "--open-data", paramLabel = "FILE", description = "Also write the same tables as open data: one "
            + "CSV file with a row per quarter, table and cell (the columns of counts.csv), for researchers to load "
            + "as it is. Its numbers are the report's.")
    Path openData;
    @Spec
    CommandSpec spec;

    CoalitionReportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuarterRange range = quarters.range();
        NewFiles.requireAbsent(out);
        if (openData != null) {
            NewFiles.requireAbsent(openData);
        }
        Publication published;
        List<OrganisationBundles.PooledCoverage> coverage;
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            Counts counts = unlocked.casework().counts();
            published = counts.publishedPooled(range);
            coverage = counts.pooledCoverage(range, published.request().rule());
        }
        NewFiles.write(out, new CoalitionReport(StatsCommand.version()).render(published, coverage));
        var stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + " (" + published.tables().size() + " published tables, " + range + ")");
        if (openData != null) {
            NewFiles.write(openData, CoalitionReport.openData(published).getBytes(StandardCharsets.UTF_8));
            stdout.println("wrote " + openData + " (the same tables as open data)");
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
