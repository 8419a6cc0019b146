package org.cairn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.casework.Casework;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Restore a backup into a casebook folder, after verifying all of it.")
final class RestoreCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path from;
    @Mixin
    NewCasebookOption casebook;
    @Option(names = "--replace", description = "Replace a casebook already in the folder "
            + "(it is moved into a replaced-… folder, not deleted).")
    boolean replace;
    @Spec
    CommandSpec spec;

    RestoreCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CasebookPaths.requireReadableFile(from);
        CasebookPaths.requireRoomForCasebook(casebook.directory, replace, " or add --replace to move it aside");
        java.nio.file.Path restored;
        int erasedAgain;
        try (Passphrase passphrase = new Secrets(environment.secrets()).passphrase("Passphrase of the backup: ");
                Vault vault = VaultRestore.restore(from, passphrase, casebook.directory, replace,
                        environment.vaultOptions())) {
            restored = vault.directory();
            // Opening applies again every erasure this computer recorded since the backup was made (ADR 0041).
            erasedAgain = Casework.unlockedBy(CasebookSetup.initialise(vault, environment), vault).erasure()
                    .reappliedAtUnlock().size();
        }
        // Only after the restored casebook is closed, so nothing claims success before a failure.
        spec.commandLine().getOut().println("restored into " + restored);
        if (erasedAgain > 0) {
            spec.commandLine().getOut().println("erased again: " + erasedAgain + " erasure(s) made after this backup");
        }
        return ExitCodes.OK;
    }
}
