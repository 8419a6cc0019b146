package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;

/**
 * Search as you type over aliases, legal names, references and note text, using one search document per case,
 * with the list's filters in the same SQL query so that every matching case is counted and can be shown.
 * A query matching a few hundred cases is ranked by BM25 (names and references weigh far more than notes). A
 * broad one, such as the first letter typed, would cost a BM25 score for most of the casebook, so it lists name
 * and reference matches first, then note matches, newest entered first: FTS5 stops after {@code limit} rows.
 */
public final class CaseSearch {
    /** Above this many matching cases, ranking is skipped (measured: ranking 20k cases takes ~70 ms). */
    static final int RANK_CAP = 1_000;

    private static final String SUMMARY_COLUMNS = """
            SELECT c.id, c.ref_year, cl.alias, c.status, c.risk_level,
            (SELECT min(t.due_on) FROM task t WHERE t.case_id = c.id AND t.done_at IS NULL) AS next_due,
            c.advocate, c.ref_seq""";

    private static final String ALL_CASES = " FROM case_file c JOIN client cl ON cl.id = c.client_id WHERE 1 = 1";

    // CROSS JOIN keeps the text index as the outer loop: SQLite never scans the cases and probes the index.
    private static final String MATCHED = " FROM case_fts CROSS JOIN case_file c ON c.id = case_fts.rowid"
            + " JOIN client cl ON cl.id = c.client_id WHERE case_fts MATCH ?";

    private static final String COUNT_MATCHED =
            "SELECT count(*) FROM case_fts CROSS JOIN case_file c ON c.id = case_fts.rowid WHERE case_fts MATCH ?";

    private static final String NEWEST = " ORDER BY c.opened_on DESC, c.id DESC LIMIT ?";

    private final Transactions vault;

    private final int rankCap;

    CaseSearch(Transactions vault) {
        this(vault, RANK_CAP);
    }

    CaseSearch(Transactions vault, int rankCap) {
        this.vault = vault;
        this.rankCap = rankCap;
    }

    /** Cases matching {@code typed}, most relevant first; every case, newest first, when nothing is typed. */
    public List<CaseSummary> search(String typed, int limit) {
        return find(typed, CaseFilter.NONE, limit).shown();
    }

    /** The first {@code limit} cases matching both the words and the filter, and how many match in all. */
    public CaseMatches find(String typed, CaseFilter filter, int limit) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query.kind() == SearchQuery.Kind.NOTHING) {
            return new CaseMatches(List.of(), 0);
        }
        return vault.read(reader -> {
            Conditions where = Conditions.of(reader, filter);
            if (where == null) {
                return new CaseMatches(List.of(), 0);
            }
            if (query.kind() == SearchQuery.Kind.ALL) {
                int total = (int) reader.queryLong("SELECT count(*) FROM case_file c WHERE 1 = 1" + where.sql(),
                        where.params().toArray());
                List<CaseSummary> shown = limit <= 0 ? List.of()
                        : reader.query(SUMMARY_COLUMNS + ALL_CASES + where.sql() + NEWEST, CaseSearch::summary,
                                where.with(null, (long) limit));
                return new CaseMatches(shown, total);
            }
            return matching(reader, query.fts(), where, limit);
        });
    }

    private CaseMatches matching(Reader reader, String fts, Conditions where, int limit) throws SQLException {
        int total = (int) reader.queryLong(COUNT_MATCHED + where.sql(), where.with(fts, null));
        if (limit <= 0 || total == 0) {
            return new CaseMatches(List.of(), total);
        }
        if (total <= rankCap) {
            return new CaseMatches(reader.query(SUMMARY_COLUMNS + MATCHED + where.sql()
                    + " ORDER BY bm25(case_fts, 20.0, 20.0, 1.0), c.opened_on DESC, c.id DESC LIMIT ?",
                    CaseSearch::summary, where.with(fts, (long) limit)), total);
        }
        // Name and reference matches first, then the rest (words in the notes), each newest first: two short
        // scans that together read at most `limit` cases.
        String names = "{reference names} : (" + fts + ")";
        List<CaseSummary> shown = new ArrayList<>(newestMatches(reader, names, where, limit));
        if (shown.size() < limit) {
            shown.addAll(newestMatches(reader, "(" + fts + ") NOT " + names, where, limit - shown.size()));
        }
        return new CaseMatches(shown, total);
    }

    private static List<CaseSummary> newestMatches(Reader reader, String fts, Conditions where, int limit)
            throws SQLException {
        return reader.query(SUMMARY_COLUMNS + MATCHED + where.sql() + " ORDER BY case_fts.rowid DESC LIMIT ?",
                CaseSearch::summary, where.with(fts, (long) limit));
    }

    private static CaseSummary summary(ResultSet row) throws SQLException {
        // The reference from its year and number: parsing its text for every row of a keystroke costs more.
        return new CaseSummary(row.getLong(1), new CaseReference(row.getInt(2), row.getInt(8)), row.getString(3),
                CaseStatus.valueOf(row.getString(4)), RiskLevel.valueOf(row.getString(5)),
                Sql.date(row, 6), row.getString(7));
    }

    /** The filter as SQL conditions on {@code case_file c}, each starting with AND, and their parameters. */
    private record Conditions(String sql, List<Object> params) {
        /** Null when no case can pass, because nobody of that name has a case. */
        static Conditions of(Reader reader, CaseFilter filter) throws SQLException {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            if (filter.status() != null) {
                sql.append(" AND c.status = ?");
                params.add(Sql.name(filter.status()));
            }
            if (filter.risk() != null) {
                sql.append(" AND c.risk_level = ?");
                params.add(Sql.name(filter.risk()));
            }
            if (filter.dueBy() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id AND t.done_at IS NULL"
                        + " AND t.due_on <= ?)");
                params.add(Sql.date(filter.dueBy()));
            }
            if (filter.advocate() != null) {
                // SQLite folds only ASCII case, so the few distinct names are compared here, as Java does.
                String wanted = filter.advocate().strip();
                List<String> names = reader.query("SELECT DISTINCT advocate FROM case_file", row -> row.getString(1))
                        .stream().filter(name -> name.strip().equalsIgnoreCase(wanted)).toList();
                if (names.isEmpty()) {
                    return null;
                }
                sql.append(" AND c.advocate IN (").append(String.join(", ", Collections.nCopies(names.size(), "?")))
                        .append(')');
                params.addAll(names);
            }
            return new Conditions(sql.toString(), params);
        }

        /** Parameters for a statement: the MATCH text first and the limit last, when given. */
        Object[] with(String fts, Long limit) {
            List<Object> all = new ArrayList<>();
            if (fts != null) {
                all.add(fts);
            }
            all.addAll(params);
            if (limit != null) {
                all.add(limit);
            }
            return all.toArray();
        }
    }
}
