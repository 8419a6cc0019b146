package org.cairn.vault;

import java.util.List;

/** One statement of a committed transaction, as written to the redo log. */
record RecordedStatement(String sql, List<Object> params) {
}
