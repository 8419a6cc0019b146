package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import org.cairn.stats.CountingRule;
import org.cairn.stats.ImportedBundle;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats-merge", description = "Import laptops' counts bundles into this (the coordinator's) "
        + "casebook, show which laptops and quarters are covered, and publish the merged counts as CSV files. "
        + "Disclosure control is applied to the merged counts only; a merged quarter published once is frozen. "
        + "Without --from, the quarters that the held bundles cover.")
final class StatsMergeCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--bundles", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Bundle files to import (a bundle imported before is not counted twice).")
    List<Path> bundleFiles;
    @Mixin
    MergePublishOptions publishing;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "Merge the bundles made with this rule: consented (default) or all-cases.")
    String rule;
    @Option(names = "--revise", paramLabel = "REASON", description = "Publish a new revision of merged quarters "
            + "already published (for example after a late bundle). Refused until at least the threshold of cases "
            + "changed since every earlier version; then every number gets fresh noise.")
    String revise;
    @Spec
    CommandSpec spec;

    StatsMergeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return BundleMerging.run(environment, casebook, publishing.with(bundleFiles, quarters, rule,
                revise), new Laptops(), spec);
    }

    /** Laptops' bundles in an organisation coordinator's casebook. */
    private static final class Laptops implements BundleMerging.Level {
        @Override
        public String bundleWord() {
            return "bundle";
        }

        @Override
        public String senders() {
            return "laptops";
        }

        @Override
        public void cover(Counts counts, List<ImportedBundle> held, QuarterRange range, CountingRule countingRule,
                PrintWriter report) {
            printCoverage(held, report);
        }

        @Override
        public Publication publish(Counts counts, PublicationRequest request) {
            return counts.publishMerged(request);
        }
    }

    private static void printCoverage(List<ImportedBundle> held, PrintWriter stdout) {
        held.stream().map(ImportedBundle::laptop).distinct().forEach(laptop -> stdout.println("laptop " + laptop
                + casebookOf(held, laptop) + " covers " + String.join(", ", held.stream().filter(b -> b.laptop().equals(laptop))
                        .map(b -> b.range() + " (bundle " + b.bundle() + ")").toList())));
    }

    /** The casebooks a laptop's bundles name; a laptop showing under two is a copy or restore, said on import. */
    private static String casebookOf(List<ImportedBundle> held, String laptop) {
        List<String> named = held.stream().filter(b -> b.laptop().equals(laptop)).map(b -> b.casebook().isEmpty()
                ? "not named (older Cairn)" : b.casebook()).distinct().toList();
        return " (casebook " + String.join(", ", named) + ")";
    }
}
