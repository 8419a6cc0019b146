package org.cairn.vault;

import java.sql.SQLException;

/**
 * A write transaction. Every statement run through it is recorded with its bound parameters and replayed
 * from the log after a crash, so SQL must be deterministic: ids, times and random values are parameters.
 * Parameters may be null, Integer, Long, Short, Byte, Boolean, Double, Float, String or byte[].
 */
public interface Tx extends Reader {
    /** Runs a recorded statement and returns the number of rows changed. */
    int execute(String sql, Object... params) throws SQLException;

    /** Runs a recorded INSERT and returns the new row id. */
    long insert(String sql, Object... params) throws SQLException;
}
