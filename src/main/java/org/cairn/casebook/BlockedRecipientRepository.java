package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cairn.names.NameMatch;
import org.cairn.names.Names;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Who must never receive anything about a client. Checked by referrals and the outgoing-document check through
 * {@link Names}: a near-miss here would send a letter to the abuser's side.
 */
public final class BlockedRecipientRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final Names names;

    BlockedRecipientRepository(Transactions vault, Clock clock, AuditTrail audit, Names names) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.names = names;
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
                INSERT INTO client_blocked_recipient(uid, client_id, directory_entry_id, name, reason, added_at,
                    added_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                RecordIds.newId(), clientId, directoryEntryId, cleanName, cleanReason, now, audit.actor());
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

    /**
     * True when the directory entry, or a recipient of this name, must never receive anything about the client:
     * the same name as (or an added title, initial or middle name around) an entry of her never-contact list or
     * a person causing harm recorded on her file. Used where no override is offered (referrals, pickers).
     */
    public boolean isBlocked(long clientId, Long directoryEntryId, String name) {
        return match(clientId, directoryEntryId, name, null).strength().resembles();
    }

    /**
     * The strongest match between a recipient (its name or organisation, and its address) and those who must
     * never receive anything about the client: her never-contact list, the people causing harm on her file,
     * and anyone at their recorded address. Names are compared by {@link Names}, so look-alike spellings match.
     *
     * @param names the recipient's name and, when known, its organisation
     */
    public BlockMatch match(long clientId, Long directoryEntryId, List<String> names, String address) {
        BlockMatch best = BlockMatch.NONE;
        for (BlockedRecipient blocked : forClient(clientId)) {
            if (directoryEntryId != null && directoryEntryId.equals(blocked.directoryEntryId())) {
                return new BlockMatch(NameMatch.SAME, BlockSource.NEVER_CONTACT_LIST);
            }
            best = best.or(byName(names, blocked.name(), BlockSource.NEVER_CONTACT_LIST));
        }
        for (Abuser abuser : abusers(clientId)) {
            best = best.or(byName(names, abuser.name(), BlockSource.PERSON_CAUSING_HARM));
            // An address is the same place only when it reads the same: one shared word (a town) proves nothing.
            if (address != null && abuser.address() != null
                    && this.names.compare(address, abuser.address()) == NameMatch.SAME) {
                best = best.or(new BlockMatch(NameMatch.SAME, BlockSource.ADDRESS_OF_PERSON_CAUSING_HARM));
            }
        }
        return best;
    }

    /** {@link #match(long, Long, List, String)} for one name and no address. */
    public BlockMatch match(long clientId, Long directoryEntryId, String name, String address) {
        return match(clientId, directoryEntryId, name == null ? List.of() : List.of(name), address);
    }

    private BlockMatch byName(List<String> candidates, String blockedName, BlockSource source) {
        BlockMatch best = BlockMatch.NONE;
        for (String candidate : candidates) {
            NameMatch strength = candidate == null ? NameMatch.DIFFERENT : names.compare(candidate, blockedName);
            if (strength != NameMatch.DIFFERENT) {
                best = best.or(new BlockMatch(strength, source));
            }
        }
        return best;
    }

    private List<Abuser> abusers(long clientId) {
        return vault.read(reader -> reader.query(
                "SELECT id, client_id, name, relationship, address FROM client_abuser WHERE client_id = ? ORDER BY id",
                row -> new Abuser(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5)),
                clientId));
    }
}
