package org.cairn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cairn.casework.Counts;
import org.cairn.stats.BundleImport;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.CsvExport;
import org.cairn.stats.DisclosureSettings;
import org.cairn.stats.ImportedBundle;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Import bundles, show what they cover and publish their sums: the one flow of {@code stats-merge} (laptops'
 * bundles in an organisation coordinator's casebook) and {@code coalition-merge} (organisations' bundles in a
 * coalition's casebook). What differs, the words and the use-case calls, comes in as a {@link Level}.
 */
final class BundleMerging {
    private BundleMerging() {
    }

    /** One level of merging. A coalition's level keeps its coverage between the steps, so make one per run. */
    interface Level {
        /** The bundles named in the refusal when none of the rule is held ({@code bundle}). */
        String bundleWord();

        /** Who sends them ({@code laptops}). */
        String senders();

        /** Before anything is imported (a coalition says how many organisations it expects). */
        default void beforeImport(Counts counts) {
        }

        /** Tells which senders and quarters the publication covers. */
        void cover(Counts counts, List<ImportedBundle> held, QuarterRange range, CountingRule rule,
                PrintWriter report);

        Publication publish(Counts counts, PublicationRequest request);

        /** Once the casebook is closed and the tables are written (a coalition adds its coverage file). */
        default void afterWriting(Path out, PrintWriter stdout) {
        }
    }

    /** The options both commands share. */
    record Options(List<Path> bundleFiles, Path out, QuarterOptions quarters, int threshold, int roundingBase,
            String rule, List<String> tables, String revise) {
    }

    static int run(CliEnvironment environment, CasebookOption casebook, Options options, Level level,
            CommandSpec spec) {
        CountingRule countingRule = CountingRule.fromCode(options.rule());
        DisclosureSettings settings = new DisclosureSettings(options.threshold(), options.roundingBase());
        CsvExport export = new CsvExport(StatsCommand.version());
        export.requireFree(options.out());
        List<CountsBundles.BundleFile> files = new ArrayList<>();
        for (Path file : options.bundleFiles()) {
            files.add(new CountsBundles.BundleFile(file.toString(), NewFiles.read(file,
                    CountsBundles.MAX_BUNDLE_BYTES)));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        // What was imported is told only once the casebook is closed, as the files written are.
        StringWriter imported = new StringWriter();
        PrintWriter report = new PrintWriter(imported);
        StatsCommand.Written written;
        UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook);
        try {
            Counts counts = unlocked.casework().counts();
            level.beforeImport(counts);
            for (BundleImport outcome : counts.importBundles(files)) {
                report.println(outcome.imported() ? outcome.message() : "not imported: " + outcome.message());
            }
            List<ImportedBundle> held = counts.importedBundles().stream().filter(b -> b.rule() == countingRule)
                    .toList();
            QuarterRange range = range(options.quarters(), held, countingRule, level);
            level.cover(counts, held, range, countingRule, report);
            written = StatsCommand.write(level.publish(counts, new PublicationRequest(range, settings, countingRule,
                    options.revise(), options.tables())), export, options.out(), spec.commandLine().getErr());
        } catch (RuntimeException e) {
            StatsCommand.closeAfterFailure(unlocked, e);
            // Bundles imported before the failure stay imported: say so before the error.
            report.flush();
            stdout.print(imported);
            stdout.flush();
            throw e;
        }
        StatsCommand.closeAfterWriting(unlocked, options.out());
        report.flush();
        stdout.print(imported);
        written.print(stdout);
        level.afterWriting(options.out(), stdout);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The quarters asked for; without --from, those the held bundles cover. */
    private static QuarterRange range(QuarterOptions quarters, List<ImportedBundle> held, CountingRule countingRule,
            Level level) {
        if (quarters.first().isPresent()) {
            return quarters.range();
        }
        if (held.isEmpty()) {
            throw new IllegalArgumentException("no " + level.bundleWord() + " made with the rule '"
                    + countingRule.code() + "' has been imported; import the " + level.senders()
                    + "' bundles, or choose the rule they were made with");
        }
        Quarter first = held.stream().map(b -> b.range().from()).min(Comparator.naturalOrder()).orElseThrow();
        Quarter last = held.stream().map(b -> b.range().to()).max(Comparator.naturalOrder()).orElseThrow();
        return new QuarterRange(first, quarters.last().orElse(last));
    }
}
