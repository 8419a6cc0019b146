package org.cairn.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options stats-merge and coalition-merge share for what they publish and where. */
final class MergePublishOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created).")
    Path out;
    @Option(names = "--threshold", defaultValue = "10", paramLabel = "T",
            description = "Counts below T, and zeros, are hidden as [c], the one mark of every hidden count "
                    + "(default ${DEFAULT-VALUE}, at least 5).")
    int threshold;
    @Option(names = "--rounding-base", defaultValue = "5", paramLabel = "B",
            description = "Other counts are rounded to the nearest B (default ${DEFAULT-VALUE}, at least 3).")
    int roundingBase;
    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Export only these tables "
            + "(ids as in counts.csv; default: all). Each quarter is still protected and frozen as a whole.")
    List<String> tables;

    BundleMerging.Options with(List<Path> bundleFiles, QuarterOptions quarters, String rule, String revise) {
        return new BundleMerging.Options(bundleFiles, out, quarters, threshold, roundingBase, rule, tables, revise);
    }
}
