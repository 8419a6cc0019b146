package org.cairn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import org.cairn.stats.BundleImport;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.CsvExport;
import org.cairn.stats.DisclosureSettings;
import org.cairn.stats.ImportedBundle;
import org.cairn.stats.OrganisationBundles;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coalition-merge", description = "Import organisations' bundles into this (the coalition's) "
        + "casebook, show which organisations and quarters each pooled table includes, and publish the pooled "
        + "counts as CSV files and a PDF, with coverage.csv beside them. Disclosure control runs once, on the pooled "
        + "counts; a pooled quarter published once is frozen. Without --from, the quarters the held bundles cover.")
final class CoalitionMergeCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--bundles", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Organisation bundle files to import (one imported before is not counted twice).")
    List<Path> bundleFiles;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created).")
    Path out;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--expected", paramLabel = "N", description = "How many organisations every pooled quarter "
            + "must include before it is published (kept in the casebook; needed once). A quarter with fewer is "
            + "refused, so that it is never published with and then without one organisation.")
    Integer expected;
    @Option(names = "--threshold", defaultValue = "10", paramLabel = "T",
            description = "Counts below T, and zeros, are hidden as [c], the one mark of every hidden count "
                    + "(default ${DEFAULT-VALUE}, at least 5).")
    int threshold;
    @Option(names = "--rounding-base", defaultValue = "5", paramLabel = "B",
            description = "Other counts are rounded to the nearest B (default ${DEFAULT-VALUE}, at least 3).")
    int roundingBase;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "Pool the bundles made with this rule: consented (default) or all-cases.")
    String rule;
    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Export only these tables "
            + "(ids as in counts.csv; default: all). Each quarter is still protected and frozen as a whole.")
    List<String> tables;
    @Option(names = "--revise", paramLabel = "REASON", description = "Publish a new revision of pooled quarters "
            + "already published (for example after a late organisation). Refused until at least the threshold of "
            + "cases changed since every earlier version; then every number gets fresh noise.")
    String revise;
    @Spec
    CommandSpec spec;

    CoalitionMergeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CountingRule countingRule = CountingRule.fromCode(rule);
        DisclosureSettings settings = new DisclosureSettings(threshold, roundingBase);
        CsvExport export = new CsvExport(StatsCommand.version());
        export.requireFree(out);
        List<CountsBundles.BundleFile> files = new ArrayList<>();
        for (Path file : bundleFiles) {
            files.add(new CountsBundles.BundleFile(file.toString(), NewFiles.read(file,
                    CountsBundles.MAX_BUNDLE_BYTES)));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        StringWriter imported = new StringWriter();
        PrintWriter report = new PrintWriter(imported);
        StatsCommand.Written written;
        List<OrganisationBundles.PooledCoverage> coverage;
        UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook);
        try {
            Counts counts = unlocked.casework().counts();
            if (expected != null) {
                counts.expectOrganisations(expected);
            }
            for (BundleImport outcome : counts.importBundles(files)) {
                report.println(outcome.imported() ? outcome.message() : "not imported: " + outcome.message());
            }
            QuarterRange range = range(counts.importedBundles().stream().filter(b -> b.rule() == countingRule)
                    .toList(), countingRule);
            coverage = counts.pooledCoverage(range, countingRule);
            coverage.forEach(q -> report.println("coverage: " + q.quarter() + ", rule " + q.rule().code() + ": "
                    + q.organisations().size() + " organisation(s) (" + String.join(", ", q.organisations())
                    + ") in each of its " + q.tables().size() + " tables"));
            written = StatsCommand.write(counts.publishPooled(new PublicationRequest(range, settings, countingRule,
                    revise, tables)), export, out, spec.commandLine().getErr());
        } catch (RuntimeException e) {
            StatsCommand.closeAfterFailure(unlocked, e);
            report.flush();
            stdout.print(imported);
            stdout.flush();
            throw e;
        }
        StatsCommand.closeAfterWriting(unlocked, out);
        Path coverageFile = out.resolve("coverage.csv");
        NewFiles.write(coverageFile, OrganisationBundles.coverageCsv(coverage).getBytes(StandardCharsets.UTF_8));
        report.flush();
        stdout.print(imported);
        written.print(stdout);
        stdout.println("wrote " + coverageFile);
        stdout.flush();
        return ExitCodes.OK;
    }

    private QuarterRange range(List<ImportedBundle> held, CountingRule countingRule) {
        if (quarters.first().isPresent()) {
            return quarters.range();
        }
        if (held.isEmpty()) {
            throw new IllegalArgumentException("no organisation bundle made with the rule '" + countingRule.code()
                    + "' has been imported; import the organisations' bundles, or choose the rule they were made with");
        }
        Quarter first = held.stream().map(b -> b.range().from()).min(Comparator.naturalOrder()).orElseThrow();
        Quarter last = held.stream().map(b -> b.range().to()).max(Comparator.naturalOrder()).orElseThrow();
        return new QuarterRange(first, quarters.last().orElse(last));
    }
}
