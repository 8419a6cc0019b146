package org.cairn.cli;

import org.cairn.casebook.Casebook;
import org.cairn.casework.Casework;
import org.cairn.vault.Vault;

/** Opens the casebook model on a vault, upgrading its schema when needed. */
final class CasebookSetup {
    private CasebookSetup() {
    }

    /** Audit rows name the person whose key opened the vault, or the account when the key has no name. */
    static Casebook initialise(Vault vault, CliEnvironment environment) {
        return Casebook.open(vault, environment.clock(), Casework.actingName(vault, environment.actor()));
    }
}
