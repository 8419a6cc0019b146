package org.cairn.vault;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Read-only access to the open casebook database. */
public interface Reader {
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException;

    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    default long queryLong(String sql, Object... params) throws SQLException {
        return queryOne(sql, row -> row.getLong(1), params).orElse(0L);
    }
}
