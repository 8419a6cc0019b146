package org.cairn.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Add, list and remove the people who hold a key to a casebook "
        + "(administrators only).")
final class UserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new UserCommand());
        commandLine.addSubcommand(new UserAddCommand(environment));
        commandLine.addSubcommand(new UserListCommand(environment));
        commandLine.addSubcommand(new UserRemoveCommand(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
