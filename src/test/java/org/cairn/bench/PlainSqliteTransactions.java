package org.cairn.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.ReadWork;
import org.cairn.vault.RowMapper;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;
import org.cairn.vault.TxWork;

/**
 * The floor that encryption is measured against: the same casebook code on an ordinary, unencrypted on-disk
 * SQLite database in WAL mode with {@code synchronous=FULL}, so every commit is forced to disk too.
 */
final class PlainSqliteTransactions implements Transactions, AutoCloseable {
    private final Connection connection;

    PlainSqliteTransactions(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
        connection.setAutoCommit(false);
    }

    @Override
    public synchronized <T> T write(TxWork<T> work) {
        try {
            T result = work.run(new PlainTx());
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new DatabaseException(e);
        }
    }

    @Override
    public synchronized <T> T read(ReadWork<T> work) {
        try {
            return work.run(new PlainTx());
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Reported through the original failure.
        }
    }

    /** Moves the WAL into the database file, so that its size on disk compares with a checkpointed vault. */
    synchronized void checkpointWal() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            connection.setAutoCommit(false);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private final class PlainTx implements Tx {
        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
            try (PreparedStatement statement = prepare(sql, params); ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }

        @Override
        public int execute(String sql, Object... params) throws SQLException {
            try (PreparedStatement statement = prepare(sql, params)) {
                return statement.executeUpdate();
            }
        }

        @Override
        public long insert(String sql, Object... params) throws SQLException {
            execute(sql, params);
            return queryLong("SELECT last_insert_rowid()");
        }

        private PreparedStatement prepare(String sql, Object... params) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < params.length; i++) {
                Object value = params[i] instanceof Boolean flag ? (flag ? 1 : 0) : params[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        }
    }
}
