package org.cairn.cli;

import java.util.Optional;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --from QUARTER [--to QUARTER]} options of the stats commands. Both are optional to picocli so that
 * stats-merge can default to the quarters its bundles cover; {@link #range()} insists on {@code --from}.
 */
final class QuarterOptions {
    @Option(names = "--from", paramLabel = "QUARTER", description = "First quarter, e.g. 2026Q1.")
    String from;
    @Option(names = "--to", paramLabel = "QUARTER", description = "Last quarter (default: the --from quarter).")
    String to;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The quarters asked for; without {@code --from} a usage error, as for any missing required option. */
    QuarterRange range() {
        Quarter first = first().orElseThrow(() -> new CommandLine.ParameterException(command.commandLine(),
                "Missing required option: '--from=QUARTER'"));
        return new QuarterRange(first, last().orElse(first));
    }

    Optional<Quarter> first() {
        return Optional.ofNullable(from).map(Quarter::parse);
    }

    Optional<Quarter> last() {
        return Optional.ofNullable(to).map(Quarter::parse);
    }
}
