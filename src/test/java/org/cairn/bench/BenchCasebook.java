package org.cairn.bench;

import java.nio.file.Path;

/**
 * One size's demo casebooks, built once and handed to every sized probe: the encrypted vault folder and the same
 * demo data in plain on-disk SQLite. Probes may add notes to them but must leave them open-able.
 *
 * @param passphrase the vault's passphrase (a benchmark constant, never a real one)
 */
public record BenchCasebook(int cases, Path vault, Path plainSqlite, String passphrase, Path work) {
    public char[] passphraseChars() {
        return passphrase.toCharArray();
    }
}
