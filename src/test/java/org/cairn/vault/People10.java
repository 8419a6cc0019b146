package org.cairn.vault;

import java.nio.file.Path;

/** A casebook shared by several people, each with a passphrase derived from their name. */
final class People10 {
    static final String FIRST = "Amina Khan";

    private People10() {
    }

    static char[] passphraseOf(String name) {
        return ("passphrase of " + name).toCharArray();
    }

    static Passphrase of(String name) {
        return Passphrase.adopt(passphraseOf(name));
    }

    /** Creates the casebook as {@link #FIRST} (an administrator) and adds {@code others}; returns it open. */
    static Vault create(Path directory, VaultOptions options, String... others) {
        Vault vault;
        try (Passphrase first = of(FIRST)) {
            vault = Vault.create(directory, FIRST, "administrator", first, TestVaults.fastKdf(), options).vault();
        }
        for (String name : others) {
            try (Passphrase passphrase = of(name)) {
                vault.people().add(name, "advocate", passphrase, TestVaults.fastKdf());
            }
        }
        return vault;
    }

    static Vault open(Path directory, String name, VaultOptions options) {
        try (Passphrase passphrase = of(name)) {
            return Vault.open(directory, name, passphrase, options);
        }
    }

    static Vault openAs(Path directory, String name, String passphraseOwner) {
        try (Passphrase passphrase = of(passphraseOwner)) {
            return Vault.open(directory, name, passphrase, VaultOptions.standard());
        }
    }
}
