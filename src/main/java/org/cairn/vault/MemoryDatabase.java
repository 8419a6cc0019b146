package org.cairn.vault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;

/** The decrypted casebook: an in-memory SQLite database that never touches the disk. */
final class MemoryDatabase implements AutoCloseable {
    /** SQL that would give a different answer when the log is replayed. */
    private static final Pattern NON_DETERMINISTIC = Pattern.compile(
            "(?i)\\b(random|randomblob|current_timestamp|current_date|current_time)\\b|'now'");

    private static final String MEMORY_URL = "jdbc:sqlite::memory:";

    private final SQLiteConnection connection;
    private final StatementCache statements;

    private MemoryDatabase(SQLiteConnection connection) throws SQLException {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        try (Statement statement = connection.createStatement()) {
            // Sorts and indexes that spill must stay in memory: a temporary file would hold plaintext.
            statement.execute("PRAGMA temp_store = MEMORY");
            statement.execute("PRAGMA foreign_keys = ON");
            // Deleted rows are overwritten at once, not only unlinked, so a snapshot never carries a restricted
            // case's removed text or an erased client's in a freed page (ADR 0038, ADR 0041).
            statement.execute("PRAGMA secure_delete = ON");
        }
        connection.setAutoCommit(false);
    }

    /**
     * Loads SQLite's native library on a daemon thread, so that unlocking does not wait for it after the key
     * derivation (about a quarter of a second of CPU in a fresh JVM). It touches no casebook; if it fails, opening
     * the database fails again later with the real error.
     */
    static Thread loadLibraryInBackground() {
        Thread thread = new Thread(MemoryDatabase::loadLibrary, "cairn-sqlite-load");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void loadLibrary() {
        // Opening an empty in-memory database loads the library, the driver's classes and DriverManager's drivers.
        try (Connection ignored = DriverManager.getConnection(MEMORY_URL)) {
            ignored.getAutoCommit();
        } catch (Exception | LinkageError e) {
            // Reported where the database is opened, with the cause the person can act on.
        }
    }

    static MemoryDatabase empty() throws SQLException {
        Connection connection = DriverManager.getConnection(MEMORY_URL);
        return new MemoryDatabase(connection.unwrap(SQLiteConnection.class));
    }

    /** Loads an image; on failure the connection (and the native copy of the image) is released. */
    static MemoryDatabase load(byte[] image) throws SQLException {
        MemoryDatabase database = empty();
        try {
            if (image.length > 0) {
                database.connection.deserialize("main", image);
                database.configureAfterLoad();
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void configureAfterLoad() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA secure_delete = ON");
        }
        connection.setAutoCommit(false);
    }

    byte[] serialize() {
        try {
            connection.commit();
            byte[] image = connection.serialize("main");
            return image == null ? new byte[0] : image;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /**
     * Rebuilds the whole database into fresh pages. Not recorded in the log: it changes no row, and a checkpoint
     * follows at once. VACUUM cannot run inside a transaction, so it runs between two.
     */
    void vacuum() {
        try {
            connection.commit();
            // A cached statement that ran without being reset counts as in progress; they are prepared again on use.
            statements.close();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    RecordingTx begin() {
        return new RecordingTx();
    }

    void commit() throws SQLException {
        connection.commit();
    }

    void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Nothing was acknowledged; a failed rollback leaves nothing to undo in an in-memory database.
        }
    }

    void replay(List<RecordedStatement> statements) throws SQLException {
        for (RecordedStatement statement : statements) {
            run(statement.sql(), statement.params().toArray());
        }
        connection.commit();
    }

    Reader reader() {
        return new Reader() {
            @Override
            public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
                return select(sql, mapper, normalised(params));
            }
        };
    }

    List<String> integrityCheck() throws SQLException {
        return select("PRAGMA integrity_check", row -> row.getString(1));
    }

    private <T> List<T> select(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement statement = prepare(sql, params);
        try (ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    private int run(String sql, Object... params) throws SQLException {
        return prepare(sql, params).executeUpdate();
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Double number) {
                statement.setDouble(i + 1, number);
            } else if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else {
                statement.setBytes(i + 1, (byte[]) value);
            }
        }
        return statement;
    }

    @Override
    public void close() {
        statements.close();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing an in-memory database frees its pages; there is nothing to save.
        }
    }

    private static Object[] normalised(Object[] params) {
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = TxRecordCodec.normalise(params[i]);
        }
        return values;
    }

    /** Records each statement exactly as executed so the redo log can replay it. */
    final class RecordingTx implements Tx {
        private final List<RecordedStatement> recorded = new ArrayList<>();

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
            return select(sql, mapper, normalised(params));
        }

        @Override
        public int execute(String sql, Object... params) throws SQLException {
            if (NON_DETERMINISTIC.matcher(sql).find()) {
                throw new IllegalArgumentException("bind times and random values as parameters: " + sql);
            }
            Object[] values = normalised(params);
            int changed = run(sql, values);
            recorded.add(new RecordedStatement(sql, Arrays.asList(values)));
            return changed;
        }

        @Override
        public long insert(String sql, Object... params) throws SQLException {
            execute(sql, params);
            return queryLong("SELECT last_insert_rowid()");
        }

        List<RecordedStatement> recorded() {
            return recorded;
        }

    }
}
