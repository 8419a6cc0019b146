package org.cairn.vault;

/**
 * Where the casebook runs its reads and writes. {@link Vault} is the real one; the benchmark runs the same
 * casebook code on plain on-disk SQLite through this interface to measure what encryption costs.
 */
public interface Transactions {
    /** Runs {@code work} in one transaction and returns once it is durable. */
    <T> T write(TxWork<T> work);

    <T> T read(ReadWork<T> work);
}
