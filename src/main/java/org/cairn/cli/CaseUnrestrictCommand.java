package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.casebook.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "unrestrict", description = "Put a restricted case's content back where everyone with a casework "
        + "role can read it and search for it. Only someone it is restricted to can.")
final class CaseUnrestrictCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case reference, C-2026-0042.")
    String caseReference;
    @Spec
    CommandSpec spec;

    CaseUnrestrictCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            CaseFile caseFile = CaseCommand.find(unlocked.casework(), caseReference);
            unlocked.casework().restrictions().unrestrict(caseFile.id());
            spec.commandLine().getOut().println("lifted the restriction on " + caseFile.reference());
        }
        return ExitCodes.OK;
    }
}
