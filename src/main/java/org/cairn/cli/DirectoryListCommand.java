package org.cairn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cairn.casebook.DirectoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the directory entries in use as name<TAB>kind, by name.")
final class DirectoryListCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    DirectoryListCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            PrintWriter out = spec.commandLine().getOut();
            for (DirectoryEntry entry : unlocked.casework().directory().list()) {
                out.println(entry.name() + "\t" + entry.kind().token());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
