package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Who must never receive anything about a client. Checked by referrals and the outgoing-document check, so
 * matching is forgiving of case and spacing: a near-miss here would send a letter to the abuser's side.
 */
public final class BlockedRecipientRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    BlockedRecipientRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public List<BlockedRecipient> forClient(long clientId) {
        return vault.read(reader -> reader.query("""
                SELECT id, client_id, directory_entry_id, name, reason, added_at, added_by
                FROM client_blocked_recipient WHERE client_id = ? ORDER BY id""",
                row -> new BlockedRecipient(row.getLong("id"), row.getLong("client_id"),
                        Sql.longOrNull(row, "directory_entry_id"),
                        row.getString("name"), row.getString("reason"), Sql.instant(row, "added_at"),
                        row.getString("added_by")),
                clientId));
    }

    public BlockedRecipient add(long clientId, Long directoryEntryId, String name, String reason) {
        return vault.write(tx -> add(tx, clientId, directoryEntryId, name, reason));
    }

    public BlockedRecipient add(Tx tx, long clientId, Long directoryEntryId, String name, String reason)
            throws SQLException {
        String cleanName = Text.required(name, "the name of who must not be contacted");
        String cleanReason = Text.blankToNull(reason);
        long now = clock.millis();
        long id = tx.insert("""
                INSERT INTO client_blocked_recipient(client_id, directory_entry_id, name, reason, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?)""", clientId, directoryEntryId, cleanName, cleanReason, now, audit.actor());
        audit.append(tx, AuditAction.BLOCKED_RECIPIENT_ADDED, ClientRepository.subject(clientId), null);
        return new BlockedRecipient(id, clientId, directoryEntryId, cleanName, cleanReason,
                Instant.ofEpochMilli(now), audit.actor());
    }

    public void remove(long id) {
        vault.write(tx -> {
            remove(tx, id);
            return null;
        });
    }

    public void remove(Tx tx, long id) throws SQLException {
        Long clientId = tx.queryOne("SELECT client_id FROM client_blocked_recipient WHERE id = ?",
                row -> row.getLong(1), id).orElseThrow(() -> new IllegalArgumentException("there is no such entry"));
        tx.execute("DELETE FROM client_blocked_recipient WHERE id = ?", id);
        audit.append(tx, AuditAction.BLOCKED_RECIPIENT_REMOVED, ClientRepository.subject(clientId), null);
    }

    /** True when the directory entry, or any entry whose name matches {@code name}, is blocked for the client. */
    public boolean isBlocked(long clientId, Long directoryEntryId, String name) {
        String wanted = normalise(name);
        return forClient(clientId).stream().anyMatch(blocked ->
                (directoryEntryId != null && directoryEntryId.equals(blocked.directoryEntryId()))
                        || (!wanted.isEmpty() && wanted.equals(normalise(blocked.name()))));
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
