package org.cairn.vault;

import java.util.Optional;

/**
 * Where the casebook runs its reads and writes. {@link Vault} is the real one; the benchmark runs the same
 * casebook code on plain on-disk SQLite through this interface to measure what encryption costs.
 */
public interface Transactions {
    /** Runs {@code work} in one transaction and returns once it is durable. */
    <T> T write(TxWork<T> work);

    <T> T read(ReadWork<T> work);

    /**
     * The random id made with this casebook and kept by backup, restore, passphrase changes and recovery, when
     * there is one (a plain benchmark database has none). Lets the counts bundles name the casebook, not the copy.
     */
    default Optional<byte[]> casebookId() {
        return Optional.empty();
    }

    /**
     * Rewrites the stored casebook so that no freed page keeps deleted content: the database is rebuilt, a new
     * snapshot written and the log emptied. A plain benchmark database has no copy beyond itself to rewrite.
     */
    default void compact() {
    }
}
