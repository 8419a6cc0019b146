package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * The exact counts each publication of a quarter was made from, kept inside the encrypted casebook (never
 * exported) so that a later revision can be measured against every earlier one (ADR 0026). They are no more
 * sensitive than the casebook they are counted from, or than the bundles a coordinator already keeps.
 */
final class ExactSnapshots {
    private final String scope;

    /** @param scope keeps the casebook's own quarters apart from the merged ones */
    ExactSnapshots(String scope) {
        this.scope = scope;
    }

    void remember(Tx tx, Quarter quarter, int revision, List<ExactTable> tables) throws SQLException {
        for (ExactTable table : tables) {
            StringBuilder sql = new StringBuilder("INSERT OR REPLACE INTO stats_exact_snapshot(scope, table_id, "
                    + "period, revision, position, count, key_sum) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int p = 0; p < table.counts().length; p++) {
                sql.append(p == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
                params.addAll(List.of(scope, table.spec().id(), quarter.toString(), revision, p,
                        table.counts()[p], table.keySums()[p]));
            }
            tx.execute(sql.toString(), params.toArray());
        }
    }

    /** Counts by table id for one revision; empty when that revision was published before snapshots were kept. */
    Map<String, long[]> counts(Reader reader, Quarter quarter, int revision) throws SQLException {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        reader.query("SELECT table_id, count FROM stats_exact_snapshot WHERE scope = ? AND period = ? "
                + "AND revision = ? ORDER BY table_id, position", row -> {
                    rows.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getLong(2));
                    return null;
                }, scope, quarter.toString(), revision);
        Map<String, long[]> counts = new LinkedHashMap<>();
        rows.forEach((id, list) -> counts.put(id, list.stream().mapToLong(Long::longValue).toArray()));
        return counts;
    }
}
