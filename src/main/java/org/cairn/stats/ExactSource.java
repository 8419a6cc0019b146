package org.cairn.stats;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Tx;

/** Where a quarter's exact counts come from: this casebook's cases, or the bundles imported from laptops. */
interface ExactSource {
    /**
     * The exact tables of {@code specs} for one quarter, in their order.
     *
     * @param notes receives facts the outputs must state about where the counts came from
     */
    List<ExactTable> count(Tx tx, List<TableSpec> specs, CountingRule rule, Quarter quarter, List<String> notes)
            throws SQLException;

    /**
     * The exact tables of many quarters at once, where that is cheaper than {@link #count} quarter by quarter;
     * empty when the source has no such shortcut (the caller then asks quarter by quarter).
     */
    default Map<Quarter, List<ExactTable>> countQuarters(Tx tx, List<TableSpec> specs, CountingRule rule,
            List<Quarter> quarters) throws SQLException {
        return Map.of();
    }

    /** The audit subject of an export, before the range: {@code counts} or {@code merged counts}. */
    String auditSubject();
}
