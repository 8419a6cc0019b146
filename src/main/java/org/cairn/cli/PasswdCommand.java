package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "passwd", description = "Change the passphrase (reads the old one, then the new one twice).")
final class PasswdCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    PasswdCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CasebookPaths.requireCasebook(casebook.directory);
        Secrets secrets = new Secrets(environment.secrets());
        try (Passphrase old = secrets.passphrase("Current passphrase: ");
                Vault vault = Vault.open(casebook.directory, old, environment.vaultOptions());
                Passphrase fresh = secrets.newPassphrase("New passphrase: ", true)) {
            vault.changePassphrase(fresh, environment.kdfPolicy());
        }
        spec.commandLine().getOut().println("passphrase changed");
        return ExitCodes.OK;
    }
}
