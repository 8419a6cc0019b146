package org.cairn.vault;

import java.nio.file.Path;

/** Shared fixtures: the minimum Argon2id cost so that tests create casebooks quickly. */
public final class TestVaults {
    public static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    private TestVaults() {
    }

    public static Passphrase passphrase() {
        return Passphrase.copyOf(PASSPHRASE);
    }

    public static KdfPolicy fastKdf() {
        return KdfPolicy.fixed(KdfParams.floor());
    }

    public static CreatedVault create(Path directory) {
        try (Passphrase passphrase = passphrase()) {
            return Vault.create(directory, passphrase, fastKdf(), VaultOptions.standard());
        }
    }

    public static Vault open(Path directory) {
        try (Passphrase passphrase = passphrase()) {
            return Vault.open(directory, passphrase, VaultOptions.standard());
        }
    }

    public static void addRow(Vault vault, String text) {
        vault.write(tx -> tx.execute("INSERT INTO t(text) VALUES (?)", text));
    }

    public static java.util.List<String> rows(Vault vault) {
        return vault.read(reader -> reader.query("SELECT text FROM t ORDER BY id", row -> row.getString(1)));
    }

    public static void createTable(Vault vault) {
        vault.write(tx -> tx.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
    }
}
