package org.cairn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats-bundle", description = "Export this laptop's exact counts for whole quarters as a counts "
        + "bundle: sealed for the coordinator's key (import it first with stats-key import), no identifiers.")
final class StatsBundleCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle file to write.")
    Path out;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "consented (default) or all-cases; the coordinator merges bundles of one rule.")
    String rule;
    @Spec
    CommandSpec spec;

    StatsBundleCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuarterRange range = quarters.range();
        CountingRule countingRule = CountingRule.fromCode(rule);
        NewFiles.requireAbsent(out);
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            CountsBundles.ExportedBundle bundle = unlocked.casework().counts().exportBundle(range, countingRule);
            NewFiles.write(out, bundle.bytes());
            spec.commandLine().getOut().println("wrote " + out + " (bundle " + bundle.bundle() + " from laptop "
                    + bundle.laptop() + (bundle.casebook().isEmpty() ? "" : ", casebook " + bundle.casebook()) + ", "
                    + range + ", for the coordinator key " + bundle.coordinatorFingerprint()
                    + ")");
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
