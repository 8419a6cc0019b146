package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.Casework;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "case", description = "Restrict a case to named people, or lift the restriction.")
final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CaseCommand());
        commandLine.addSubcommand(new CaseRestrictCommand(environment));
        commandLine.addSubcommand(new CaseUnrestrictCommand(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The case named by {@code --case}: a usage error when it is no reference, a failure when there is none. */
    static CaseFile find(Casework casework, String typed) {
        CaseReference reference;
        try {
            reference = CaseReference.parse(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--case must be a case reference such as C-2026-0042");
        }
        return casework.cases().byReference(reference).orElseThrow(() -> new CliFailure(ExitCodes.FAILED,
                "there is no case " + reference + " in this casebook"));
    }
}
