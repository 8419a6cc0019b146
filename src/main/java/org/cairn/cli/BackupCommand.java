package org.cairn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.casebook.AuditAction;
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
            unlocked.vault().backupTo(to);
            // Recorded after the backup succeeded, so the trail never claims a backup that failed. A read-only
            // casebook cannot take the entry; the backup itself is complete.
            if (!unlocked.vault().readOnly()) {
                unlocked.casebook().audit().record(AuditAction.BACKUP_MADE, to.getFileName().toString());
            }
        }
        spec.commandLine().getOut().println("backup written: " + to + " (" + Files.size(to) + " bytes)");
        return ExitCodes.OK;
    }
}
