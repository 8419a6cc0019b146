package org.cairn.vault;

import java.sql.SQLException;

/** The body of a read. */
@FunctionalInterface
public interface ReadWork<T> {
    T run(Reader reader) throws SQLException;
}
