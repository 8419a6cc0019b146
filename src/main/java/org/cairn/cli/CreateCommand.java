package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "create", description = "Create a casebook and print its recovery key once. Reads the new "
        + "passphrase (twice on a terminal).")
final class CreateCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    CreateCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Passphrase passphrase = new Secrets(environment.secrets()).newPassphrase("New passphrase: ", false)) {
            CreatedVault created = Vault.create(casebook.directory, passphrase, environment.kdfPolicy(),
                    environment.vaultOptions());
            try (Vault vault = created.vault()) {
                CasebookSetup.initialise(vault, environment);
                RecoveryKeyPrinter.print(spec.commandLine().getOut(), casebook.directory, created.recoveryKey());
            } finally {
                created.recoveryKey().close();
            }
        }
        return ExitCodes.OK;
    }
}
