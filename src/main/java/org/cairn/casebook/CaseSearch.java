package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;

/**
 * Search as you type over aliases, legal names, references and note text, using one search document per case.
 * A query matching a few hundred cases is ranked by BM25 (names and references weigh far more than notes). A
 * broad one, such as the first letter typed, would cost a BM25 score for most of the casebook, so it lists name
 * and reference matches first, then note matches, newest entered first: FTS5 stops after {@code limit} rows.
 */
public final class CaseSearch {
    /** Above this many matching cases, ranking is skipped (measured: ranking 20k cases takes ~70 ms). */
    static final int RANK_CAP = 1_000;
    private static final int SUMMARY_CHUNK = 500;

    private static final String SUMMARY_COLUMNS = """
             c.id, c.reference, cl.alias, c.status, c.risk_level,
            (SELECT min(t.due_on) FROM task t WHERE t.case_id = c.id AND t.done_at IS NULL) AS next_due,
            c.advocate""";

    private static final String ALL_CASES = "SELECT" + SUMMARY_COLUMNS + """
             FROM case_file c JOIN client cl ON cl.id = c.client_id
            ORDER BY c.opened_on DESC, c.id DESC LIMIT ?""";

    private static final String RANKED = """
            WITH best AS (
                SELECT rowid AS case_id, bm25(case_fts, 20.0, 20.0, 1.0) AS score
                FROM case_fts WHERE case_fts MATCH ?1
            )
            SELECT""" + SUMMARY_COLUMNS + """
             FROM best JOIN case_file c ON c.id = best.case_id JOIN client cl ON cl.id = c.client_id
            ORDER BY best.score, c.opened_on DESC, c.id DESC LIMIT ?2""";

    private static final String NEWEST_MATCHES =
            "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?";

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
        if (limit <= 0) {
            return List.of();
        }
        SearchQuery query = SearchQuery.parse(typed);
        return switch (query.kind()) {
            case ALL -> vault.read(reader -> reader.query(ALL_CASES, CaseSearch::summary, (long) limit));
            case NOTHING -> List.of();
            case MATCH -> vault.read(reader -> matching(reader, query.fts(), limit));
        };
    }

    private List<CaseSummary> matching(Reader reader, String fts, int limit) throws SQLException {
        List<Long> probe = reader.query(NEWEST_MATCHES, row -> row.getLong(1), fts, (long) rankCap + 1);
        if (probe.size() <= rankCap) {
            return reader.query(RANKED, CaseSearch::summary, fts, (long) limit);
        }
        Set<Long> ids = new LinkedHashSet<>(reader.query(NEWEST_MATCHES, row -> row.getLong(1),
                "{reference names} : (" + fts + ")", (long) limit));
        List<Long> newest = probe.size() >= limit ? probe
                : reader.query(NEWEST_MATCHES, row -> row.getLong(1), fts, (long) limit);
        for (Long id : newest) {
            if (ids.size() >= limit) {
                break;
            }
            ids.add(id);
        }
        return summaries(reader, new ArrayList<>(ids));
    }

    /** Summaries of the given cases, in the given order. */
    private static List<CaseSummary> summaries(Reader reader, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        // Chunks keep each statement under SQLite's limit on bound parameters, and few distinct SQL texts.
        for (int from = 0; from < ids.size(); from += SUMMARY_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + SUMMARY_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            reader.query("SELECT" + SUMMARY_COLUMNS
                    + " FROM case_file c JOIN client cl ON cl.id = c.client_id WHERE c.id IN (" + marks + ")",
                    CaseSearch::summary, chunk.toArray()).forEach(summary -> byId.put(summary.caseId(), summary));
        }
        List<CaseSummary> ordered = new ArrayList<>();
        for (Long id : ids) {
            ordered.add(byId.get(id));
        }
        return ordered;
    }

    private static CaseSummary summary(ResultSet row) throws SQLException {
        return new CaseSummary(row.getLong(1), CaseReference.parse(row.getString(2)), row.getString(3),
                CaseStatus.valueOf(row.getString(4)), RiskLevel.valueOf(row.getString(5)),
                Sql.date(row, "next_due"), row.getString("advocate"));
    }
}
