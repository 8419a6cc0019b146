package org.cairn.stats;

import java.sql.SQLException;
import java.util.List;
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

    /** The audit subject of an export, before the range: {@code counts} or {@code merged counts}. */
    String auditSubject();
}
