package org.cairn.stats;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Published quarters, kept in the casebook so that exporting a quarter again gives the same numbers even after
 * late edits. Only the published form is kept (values and marks, never exact counts), so the store itself holds
 * nothing a published file does not.
 */
final class PublicationStore {
    private final String publications;
    private final String cellTable;

    private PublicationStore(String publications, String cells) {
        this.publications = publications;
        this.cellTable = cells;
    }

    /** The casebook's own quarters. */
    static PublicationStore local() {
        return new PublicationStore("stats_publication", "stats_published_cell");
    }

    /** Quarters merged from laptops' bundles: frozen separately, since they count other cases. */
    static PublicationStore merged() {
        return new PublicationStore("stats_merged_publication", "stats_merged_cell");
    }

    /** The latest revision of a quarter, or empty when it has never been published. Needs {@link StatsSchema}. */
    Optional<FrozenQuarter> latest(Reader reader, Quarter quarter) throws SQLException {
        String period = quarter.toString();
        long revision = reader.queryLong("SELECT coalesce(max(revision), -1) FROM " + publications + " WHERE period = ?",
                period);
        if (revision < 0) {
            return Optional.empty();
        }
        List<Header> headers = reader.query("SELECT table_id, threshold, rounding_base, counting_rule, method "
                + "FROM " + publications + " WHERE period = ? AND revision = ? ORDER BY table_id",
                row -> new Header(row.getString(1), new DisclosureSettings(row.getInt(2), row.getInt(3)),
                        CountingRule.valueOf(row.getString(4)), row.getString(5)), period, revision);
        Map<String, List<PublishedCell>> tables = new LinkedHashMap<>();
        for (Header header : headers) {
            if (!header.sameRules(headers.get(0))) {
                throw new IllegalStateException("the published tables of " + period + " disagree about their rules");
            }
            tables.put(header.tableId(), new ArrayList<>());
        }
        for (CellRow cell : reader.query("SELECT table_id, value, status FROM " + cellTable + " "
                + "WHERE period = ? AND revision = ? ORDER BY table_id, position",
                row -> new CellRow(row.getString(1), cell(row.getString(3), row.getInt(2))), period, revision)) {
            tables.get(cell.tableId()).add(cell.cell());
        }
        Header first = headers.get(0);
        return Optional.of(new FrozenQuarter(quarter, (int) revision, first.settings(), first.rule(), first.method(),
                tables));
    }

    void freeze(Tx tx, PublishedTable table, Instant at) throws SQLException {
        String period = table.quarter().toString();
        tx.execute("INSERT INTO " + publications + "(table_id, period, revision, threshold, rounding_base, "
                + "counting_rule, method, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", table.spec().id(), period,
                table.revision(), table.settings().threshold(), table.settings().roundingBase(), table.rule().name(),
                table.method(), at.toEpochMilli());
        List<PublishedCell> cells = table.cells();
        StringBuilder sql = new StringBuilder(
                "INSERT INTO " + cellTable + "(table_id, period, revision, position, value, status) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int p = 0; p < cells.size(); p++) {
            sql.append(p == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            PublishedCell cell = cells.get(p);
            params.addAll(List.of(table.spec().id(), period, table.revision(), p));
            params.add(cell.isSuppressed() ? null : cell.value());
            params.add(cell.status().name());
        }
        tx.execute(sql.toString(), params.toArray());
    }

    private static PublishedCell cell(String status, int value) {
        CellStatus s = CellStatus.valueOf(status);
        return s == CellStatus.PUBLISHED ? new PublishedCell(s, value) : PublishedCell.suppressed(s);
    }

    private record Header(String tableId, DisclosureSettings settings, CountingRule rule, String method) {
        boolean sameRules(Header other) {
            return settings.equals(other.settings) && rule == other.rule && method.equals(other.method);
        }
    }

    private record CellRow(String tableId, PublishedCell cell) {
    }
}
