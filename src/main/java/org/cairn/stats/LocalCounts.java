package org.cairn.stats;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Tx;

/** Counts this casebook's own cases, giving new cases their record keys first. */
final class LocalCounts implements ExactSource {
    private final RecordKeys keys;

    LocalCounts(SecureRandom random) {
        this.keys = new RecordKeys(random);
    }

    @Override
    public List<ExactTable> count(Tx tx, List<TableSpec> specs, CountingRule rule, Quarter quarter,
            List<String> notes) throws SQLException {
        keys.ensure(tx);
        return new TableCounter(rule).count(tx, specs, quarter);
    }

    @Override
    public Map<Quarter, List<ExactTable>> countQuarters(Tx tx, List<TableSpec> specs, CountingRule rule,
            List<Quarter> quarters) throws SQLException {
        keys.ensure(tx);
        return new QuarterlyCounter(rule).count(tx, specs, quarters);
    }

    @Override
    public String auditSubject() {
        return "counts";
    }
}
