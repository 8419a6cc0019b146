package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Named text values kept inside one casebook (table {@code casebook_setting}). Every change is audited under the
 * key's name; the value itself never reaches the audit trail, because some values are secrets.
 */
public final class CasebookSettingRepository {
    static final String SUBJECT_PREFIX = "setting:";
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    CasebookSettingRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** The stored value of {@code key}, or empty when none has been stored. */
    public Optional<String> find(String key) {
        return vault.read(reader -> find(reader, key));
    }

    public Optional<String> find(Reader reader, String key) throws SQLException {
        return reader.queryOne("SELECT value FROM casebook_setting WHERE key = ?", row -> row.getString(1),
                checkedKey(key));
    }

    public void save(String key, String value) {
        vault.write(tx -> {
            save(tx, key, value);
            return null;
        });
    }

    public void save(Tx tx, String key, String value) throws SQLException {
        Objects.requireNonNull(value, "value");
        tx.execute("""
                INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""",
                checkedKey(key), value, clock.millis());
        audit.append(tx, AuditAction.SETTING_SAVED, SUBJECT_PREFIX + key, null);
    }

    /** Removes {@code key}; returns whether it was there. Removing an absent key changes and audits nothing. */
    public boolean remove(String key) {
        return vault.write(tx -> remove(tx, key));
    }

    public boolean remove(Tx tx, String key) throws SQLException {
        if (tx.execute("DELETE FROM casebook_setting WHERE key = ?", checkedKey(key)) == 0) {
            return false;
        }
        audit.append(tx, AuditAction.SETTING_REMOVED, SUBJECT_PREFIX + key, null);
        return true;
    }

    /** Keys are names the code chooses, such as {@code names.statutory-bodies}: never user text. */
    private static String checkedKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("setting keys are short lower-case names: " + key);
        }
        return key;
    }
}
