package org.cairn.vault;

import java.sql.SQLException;

/** The body of a write transaction. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Tx tx) throws SQLException;
}
