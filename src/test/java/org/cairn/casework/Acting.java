package org.cairn.casework;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Vault;
import org.cairn.vault.TestVaults;

/** A new casebook, unlocked by a named person in a role, with its writes counted. */
record Acting(Vault vault, CountingTransactions transactions, Casebook casebook, Casework casework)
        implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    static Acting as(Path folder, String name, Role role) {
        Vault vault = TestVaults.create(folder).vault();
        Casebook.open(vault, CLOCK, name);
        CountingTransactions counted = new CountingTransactions(vault);
        Casebook casebook = new Casebook(counted, CLOCK, name);
        return new Acting(vault, counted, casebook, new Casework(casebook, new Person(name, role)));
    }

    /** Audit rows added after the first {@code before} rows. */
    List<AuditEntry> rowsSince(long before) {
        List<AuditEntry> recent = casebook.audit().recent(10_000);
        return recent.stream().filter(e -> e.id() > before).toList();
    }

    long lastRow() {
        return casebook.audit().recent(1).stream().mapToLong(AuditEntry::id).max().orElse(0);
    }

    @Override
    public void close() {
        vault.close();
    }
}
