package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Tx;

/** One schema step. It runs inside a single vault transaction together with the version bump. */
public interface Migration {
    /** The schema version this step produces. */
    int version();

    void apply(Tx tx) throws SQLException;
}
