package org.cairn.cli;

import java.io.PrintWriter;
import java.util.Arrays;
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
                printRecoveryKey(created);
            } finally {
                created.recoveryKey().close();
            }
        }
        return ExitCodes.OK;
    }

    private void printRecoveryKey(CreatedVault created) {
        PrintWriter out = spec.commandLine().getOut();
        char[] key = created.recoveryKey().format();
        out.println("casebook created in " + casebook.directory);
        out.println();
        out.println("Recovery key (shown only this once):");
        out.print("    ");
        out.println(key);
        out.println();
        out.println("Print it or write it down now, and keep it somewhere safe away from this laptop.");
        out.println("It opens the casebook if the passphrase is forgotten; nobody can recover it for you.");
        out.flush();
        Arrays.fill(key, '\0');
    }
}
