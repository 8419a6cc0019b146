package org.cairn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casebook.CaseFilter;
import org.cairn.casebook.CaseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Full-text search as the app does it: prints "
        + "reference<TAB>alias<TAB>status, most relevant first (every case when there is no query).")
final class SearchCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for (prefixes match).")
    List<String> words = List.of();
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "At most N results (default: all).")
    int limit;
    @Spec
    CommandSpec spec;

    SearchCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CliFailure(ExitCodes.USAGE, "--limit must be 0 (all) or more");
        }
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            PrintWriter out = spec.commandLine().getOut();
            var matches = unlocked.casework().cases().find(String.join(" ", words), CaseFilter.NONE,
                    limit == 0 ? Integer.MAX_VALUE : limit);
            for (CaseSummary found : matches.shown()) {
                out.println(found.reference() + "\t" + found.alias() + "\t"
                        + found.status().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
