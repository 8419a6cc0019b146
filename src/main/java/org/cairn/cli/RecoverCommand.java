package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;
import org.cairn.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "recover", description = "Set a new passphrase using the printed recovery key "
        + "(reads the recovery key, then the new passphrase; twice on a terminal).")
final class RecoverCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    RecoverCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CasebookPaths.requireCasebook(casebook.directory);
        Secrets secrets = new Secrets(environment.secrets());
        try (RecoveryKey key = secrets.recoveryKey("Recovery key: ");
                Vault vault = Vault.openWithRecoveryKey(casebook.directory, key, environment.vaultOptions());
                Passphrase fresh = secrets.newPassphrase("New passphrase: ", false)) {
            vault.changePassphrase(fresh, environment.kdfPolicy());
        }
        spec.commandLine().getOut().println("passphrase changed; the recovery key still works");
        return ExitCodes.OK;
    }
}
