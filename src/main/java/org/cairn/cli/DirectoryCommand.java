package org.cairn.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "directory", description = "List, import and export the service directory "
        + "(docs/DIRECTORY.md describes the file format).")
final class DirectoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new DirectoryCommand());
        commandLine.addSubcommand(new DirectoryListCommand(environment));
        commandLine.addSubcommand(new DirectoryImportCommand(environment));
        commandLine.addSubcommand(new DirectoryExportCommand(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
