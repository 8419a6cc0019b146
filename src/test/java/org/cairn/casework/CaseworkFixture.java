package org.cairn.casework;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.vault.ReadWork;
import org.cairn.vault.Transactions;
import org.cairn.vault.TestVaults;
import org.cairn.vault.TxWork;
import org.cairn.vault.Vault;

/**
 * A casebook with one case, used through the use cases as a named advocate. Its writes are counted, so a test can
 * tell that a use case made its changes in one transaction.
 */
final class CaseworkFixture implements AutoCloseable {
    static final String ACTOR = "Ruth Okafor";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final Vault vault;
    final Casebook casebook;
    final Casework casework;
    final CaseFile caseFile;
    private final AtomicInteger writes = new AtomicInteger();

    CaseworkFixture(Path dir) {
        vault = TestVaults.create(dir).vault();
        Casebook.open(vault, CLOCK, ACTOR);
        casebook = new Casebook(new Transactions() {
            @Override
            public <T> T write(TxWork<T> work) {
                writes.incrementAndGet();
                return vault.write(work);
            }

            @Override
            public <T> T read(ReadWork<T> work) {
                return vault.read(work);
            }
        }, CLOCK, ACTOR);
        casework = new Casework(casebook, new Person(ACTOR, Role.ADVOCATE));
        long client = casebook.clients().create(ClientDetails.withAlias("Amina")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "R. Okafor"));
    }

    /** Runs {@code action} and returns how many write transactions it committed or tried. */
    int writesDuring(Runnable action) {
        int before = writes.get();
        action.run();
        return writes.get() - before;
    }

    /** Every audit row added after row {@code afterId}, oldest first. */
    java.util.List<AuditEntry> auditAfter(long afterId) {
        return casebook.audit().recent(10_000).stream().filter(e -> e.id() > afterId)
                .sorted(java.util.Comparator.comparingLong(AuditEntry::id)).toList();
    }

    long lastAuditId() {
        return casebook.audit().recent(1).stream().mapToLong(AuditEntry::id).max().orElse(0);
    }

    @Override
    public void close() {
        vault.close();
    }
}
