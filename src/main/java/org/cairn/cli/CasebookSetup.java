package org.cairn.cli;

import org.cairn.vault.Vault;

/** Brings a freshly created casebook to the current schema. */
final class CasebookSetup {
    private CasebookSetup() {
    }

    static void initialise(Vault vault, CliEnvironment environment) {
        // PENDING-CASEBOOK: replaced by Casebook.open once the casebook package lands in this branch.
    }
}
