package org.cairn.casebook;

import java.sql.SQLException;
import org.cairn.vault.Reader;

/**
 * Which rule the audit trail is chained by, read from its columns: a casebook part-way through its schema steps is
 * still chained by the rule of the step it reached, and a column once added never goes away.
 */
enum AuditChainRule {
    /** Before schema 5: the content itself was chained, so nothing could be removed. */
    LEGACY,
    /** Schemas 5 to 8: subject and reason through a salted commitment (ADR 0041). */
    CONTENT,
    /** From schema 9: who and when through a second salted commitment, the quarter in the clear (ADR 0058). */
    WHO;

    static AuditChainRule of(Reader reader) throws SQLException {
        if (has(reader, "who_commitment")) {
            return WHO;
        }
        return has(reader, "commitment") ? CONTENT : LEGACY;
    }

    private static boolean has(Reader reader, String column) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM pragma_table_info('audit') WHERE name = ?", column) > 0;
    }
}
