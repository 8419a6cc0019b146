package org.cairn.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casebook.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restrict", description = "Seal a case's content so that only the people named (and the recovery "
        + "key) can open it; others see its reference and status. Run again to change who may open it. Backups "
        + "made before still hold it in the open: see docs/SECURITY.md.")
final class CaseRestrictCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case reference, C-2026-0042.")
    String caseReference;
    @Option(names = "--to", required = true, arity = "1..*", paramLabel = "NAME",
            description = "The people who may open it, by the names their keys were given.")
    List<String> names;
    @Spec
    CommandSpec spec;

    CaseRestrictCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            CaseFile caseFile = CaseCommand.find(unlocked.casework(), caseReference);
            // Her other cases are restricted with it: one line for each, so the command says what it did.
            java.util.List<String> together = unlocked.casework().restrictions().restrictedTogether(caseFile.id());
            unlocked.casework().restrictions().restrict(caseFile.id(), names);
            for (String reference : together) {
                spec.commandLine().getOut().println("restricted " + reference + " to " + names.size()
                        + (names.size() == 1 ? " person" : " people") + " and the recovery key");
            }
        }
        return ExitCodes.OK;
    }
}
