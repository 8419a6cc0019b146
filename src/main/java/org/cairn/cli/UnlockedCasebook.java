package org.cairn.cli;

import java.nio.file.Path;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;

/** A casebook a command has unlocked with the passphrase read from the terminal or standard input. */
record UnlockedCasebook(Vault vault, Casebook casebook) implements AutoCloseable {
    static UnlockedCasebook unlock(CliEnvironment environment, Path directory) {
        CasebookPaths.requireCasebook(directory);
        try (Passphrase passphrase = new Secrets(environment.secrets()).passphrase("Passphrase: ")) {
            Vault vault = Vault.open(directory, passphrase, environment.vaultOptions());
            try {
                return new UnlockedCasebook(vault, CasebookSetup.initialise(vault, environment));
            } catch (RuntimeException e) {
                vault.close();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        vault.close();
    }
}
