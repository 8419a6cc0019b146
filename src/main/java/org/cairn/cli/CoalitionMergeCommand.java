package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import org.cairn.stats.CountingRule;
import org.cairn.stats.ImportedBundle;
import org.cairn.stats.Publication;
import org.cairn.stats.OrganisationBundles;
import org.cairn.stats.PublicationRequest;
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
    @Mixin
    MergePublishOptions publishing;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--expected", paramLabel = "N", description = "How many organisations every pooled quarter "
            + "must include before it is published (kept in the casebook; needed once). A quarter with fewer is "
            + "refused, so that it is never published with and then without one organisation.")
    Integer expected;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "Pool the bundles made with this rule: consented (default) or all-cases.")
    String rule;
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
        return BundleMerging.run(environment, casebook, publishing.with(bundleFiles, quarters, rule,
                revise), new Organisations(), spec);
    }

    /** Organisations' bundles in a coalition's casebook, with the coverage written beside the tables. */
    private final class Organisations implements BundleMerging.Level {
        private List<OrganisationBundles.PooledCoverage> coverage = List.of();

        @Override
        public String bundleWord() {
            return "organisation bundle";
        }

        @Override
        public String senders() {
            return "organisations";
        }

        @Override
        public void beforeImport(Counts counts) {
            if (expected != null) {
                counts.expectOrganisations(expected);
            }
        }

        @Override
        public void cover(Counts counts, List<ImportedBundle> held, QuarterRange range, CountingRule countingRule,
                PrintWriter report) {
            coverage = counts.pooledCoverage(range, countingRule);
            coverage.forEach(q -> report.println("coverage: " + q.quarter() + ", rule " + q.rule().code() + ": "
                    + q.organisations().size() + " organisation(s) (" + String.join(", ", q.organisations())
                    + ") in each of its " + q.tables().size() + " tables"));
        }

        @Override
        public Publication publish(Counts counts, PublicationRequest request) {
            return counts.publishPooled(request);
        }

        @Override
        public void afterWriting(Path out, PrintWriter stdout) {
            Path coverageFile = out.resolve("coverage.csv");
            NewFiles.write(coverageFile, OrganisationBundles.coverageCsv(coverage)
                    .getBytes(StandardCharsets.UTF_8));
            stdout.println("wrote " + coverageFile);
        }
    }
}
