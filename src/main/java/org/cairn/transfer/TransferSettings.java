package org.cairn.transfer;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * Small transfer state kept as casebook settings (ADR 0043): the moves this casebook sent, the cases it does not
 * count, and what each import added. Keys are a fixed prefix and a lasting id or number, values are ids, numbers
 * and references only, never text about a client. The transfer audit rows record each change, so these writes
 * add none of their own.
 */
final class TransferSettings {
    private TransferSettings() {
    }

    static Optional<String> get(Reader reader, String key) throws SQLException {
        return reader.queryOne("SELECT value FROM casebook_setting WHERE key = ?", row -> row.getString(1), key);
    }

    static void put(Tx tx, String key, String value, long at) throws SQLException {
        tx.execute("""
                INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""",
                key, value, at);
    }

    static void remove(Tx tx, String key) throws SQLException {
        tx.execute("DELETE FROM casebook_setting WHERE key = ?", key);
    }

    /** Every (key, value) whose key starts with {@code prefix}, in key order. */
    static List<String[]> withPrefix(Reader reader, String prefix) throws SQLException {
        // Keys are lower-case letters, digits, dots and hyphens, so the range below holds exactly the prefix's keys.
        return reader.query("SELECT key, value FROM casebook_setting WHERE key >= ? AND key < ? ORDER BY key",
                row -> new String[] {row.getString(1), row.getString(2)}, prefix, prefix + "\uffff");
    }
}
