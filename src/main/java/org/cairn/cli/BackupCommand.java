package org.cairn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Write one encrypted backup file (it opens with the current passphrase).")
final class BackupCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    Path to;
    @Spec
    CommandSpec spec;

    BackupCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(to)) {
            throw new CliFailure(ExitCodes.USAGE, to.getFileName() + " already exists; choose a new file name");
        }
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            // Recorded only after it succeeded, and not at all in a read-only casebook (the backup is complete).
            unlocked.casework().upkeep().makeBackup(unlocked.vault(), to);
        }
        spec.commandLine().getOut().println("backup written: " + to + " (" + Files.size(to) + " bytes)");
        return ExitCodes.OK;
    }
}
