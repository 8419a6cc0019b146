package org.cairn.casebook;

import java.util.List;
import org.cairn.vault.Transactions;

/**
 * Brings a casebook's schema up to date. The version lives in SQLite's {@code PRAGMA user_version}: it is part of
 * the database image, so it travels in the snapshot, and the PRAGMA statement is recorded in the redo log like any
 * other, so replay reaches the same version. Each step and its version bump commit in one transaction.
 */
public final class Migrations {
    private final List<Migration> steps;

    public Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration steps must be numbered 1, 2, 3, ... in order");
            }
        }
        this.steps = List.copyOf(steps);
    }

    public static Migrations standard() {
        return new Migrations(List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new SchemaV4(),
                new SchemaV5(), new SchemaV6(), new SchemaV7(), new SchemaV8(), new SchemaV9()));
    }

    public int latestVersion() {
        return steps.size();
    }

    public int versionOf(Transactions vault) {
        return vault.read(reader -> reader.queryLong("PRAGMA user_version")).intValue();
    }

    /** Applies every missing step; returns how many ran. Refuses a casebook made by a newer Cairn. */
    public int migrate(Transactions vault, AuditTrail audit) {
        int from = versionOf(vault);
        if (from > latestVersion()) {
            throw new SchemaTooNewException();
        }
        for (Migration step : steps.subList(from, steps.size())) {
            vault.write(tx -> {
                long current = tx.queryLong("PRAGMA user_version");
                if (current != step.version() - 1) {
                    throw new IllegalStateException("the casebook schema changed during the upgrade");
                }
                step.apply(tx);
                // PRAGMA takes no bound parameters; the version is a trusted integer, so replay stays exact.
                tx.execute("PRAGMA user_version = " + step.version());
                return audit.append(tx, AuditAction.SCHEMA_UPGRADED, "schema:" + step.version(), null);
            });
        }
        return latestVersion() - from;
    }
}
