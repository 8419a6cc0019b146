package org.cairn.cli;

import org.cairn.casebook.Casebook;
import org.cairn.vault.Vault;

/** Opens the casebook model on a vault, upgrading its schema when needed. */
final class CasebookSetup {
    private CasebookSetup() {
    }

    static Casebook initialise(Vault vault, CliEnvironment environment) {
        return Casebook.open(vault, environment.clock(), environment.actor());
    }
}
