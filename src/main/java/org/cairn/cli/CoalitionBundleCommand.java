package org.cairn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.stats.CountingRule;
import org.cairn.stats.OrganisationBundles;
import org.cairn.stats.QuarterRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coalition-bundle", description = "Export this organisation's counts for whole quarters, merged from "
        + "the laptops' bundles it holds and not yet protected, sealed for the coalition's key (import it first "
        + "with coalition-key import). No identifiers; disclosure control runs once, on the coalition's pooled "
        + "counts.")
final class CoalitionBundleCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle file to write.")
    Path out;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "consented (default) or all-cases: merges the laptops' bundles made with this rule; the "
                    + "coalition pools bundles of one rule.")
    String rule;
    @Spec
    CommandSpec spec;

    CoalitionBundleCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuarterRange range = quarters.range();
        CountingRule countingRule = CountingRule.fromCode(rule);
        NewFiles.requireAbsent(out);
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            OrganisationBundles.OrganisationBundle bundle = unlocked.casework().counts()
                    .exportOrganisationBundle(range, countingRule);
            NewFiles.write(out, bundle.bytes());
            var stdout = spec.commandLine().getOut();
            stdout.println("wrote " + out + " (bundle " + bundle.bundle() + " from organisation "
                    + bundle.organisation() + ", " + range + ", for the coalition key "
                    + bundle.coalitionFingerprint() + ")");
            bundle.notes().forEach(note -> stdout.println("note: " + note));
            stdout.flush();
        }
        return ExitCodes.OK;
    }
}
