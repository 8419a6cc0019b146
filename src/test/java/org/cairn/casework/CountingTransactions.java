package org.cairn.casework;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairn.vault.ReadWork;
import org.cairn.vault.Transactions;
import org.cairn.vault.TxWork;

/**
 * The real vault underneath, counting the write transactions a use case opens (a nested one counts too), and able
 * to run one other write just before the next, as a second import racing this one would.
 */
final class CountingTransactions implements Transactions {
    private final Transactions vault;
    private final AtomicInteger writes = new AtomicInteger();
    private Runnable beforeNextWrite;

    CountingTransactions(Transactions vault) {
        this.vault = vault;
    }

    int writes() {
        return writes.get();
    }

    /** Runs {@code racer} (against the vault, uncounted) when the next write begins, once. */
    void beforeNextWrite(Runnable racer) {
        this.beforeNextWrite = racer;
    }

    @Override
    public <T> T write(TxWork<T> work) {
        Runnable racer = beforeNextWrite;
        beforeNextWrite = null;
        if (racer != null) {
            racer.run();
        }
        writes.incrementAndGet();
        return vault.write(work);
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        return vault.read(work);
    }

    @Override
    public Optional<byte[]> casebookId() {
        return vault.casebookId();
    }
}
