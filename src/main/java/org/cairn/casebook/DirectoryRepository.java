package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cairn.names.NameMatch;
import org.cairn.names.Names;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * The organisation's service directory. Names are unique as {@link Names} compares them (case, spacing and look-alike letters set aside), so an imported file can
 * match its entries to stored ones by name. Methods taking a {@link Tx} join the caller's transaction.
 */
public final class DirectoryRepository {
    private static final String ORDER = " ORDER BY name COLLATE NOCASE, id";

    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final Names names;

    DirectoryRepository(Transactions vault, Clock clock, AuditTrail audit, Names names) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.names = names;
    }

    public DirectoryEntry add(DirectoryDetails details) {
        return vault.write(tx -> add(tx, details));
    }

    public DirectoryEntry add(Tx tx, DirectoryDetails details) throws SQLException {
        if (findByName(tx, details.name()).isPresent()) {
            throw new DirectoryRefusedException(DirectoryRefusedException.Reason.NAME_TAKEN,
                    "the directory already has an entry with this name");
        }
        long now = clock.millis();
        long id = tx.insert("""
                INSERT INTO directory_entry(name, recipient_kind, services, languages, areas, how_to_refer, phone,
                    email, address, last_checked, archived, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                details.name(), details.kind().name(), join(details.services()), join(details.languages()),
                join(details.areas()), details.howToRefer(), details.phone(), details.email(), details.address(),
                Sql.date(details.lastChecked()), now, now);
        audit.append(tx, AuditAction.DIRECTORY_ENTRY_ADDED, subject(id), null);
        return new DirectoryEntry(id, details, false);
    }

    public void update(long id, DirectoryDetails details) {
        vault.write(tx -> {
            update(tx, id, details);
            return null;
        });
    }

    public void update(Tx tx, long id, DirectoryDetails details) throws SQLException {
        Optional<DirectoryEntry> sameName = findByName(tx, details.name());
        if (sameName.isPresent() && sameName.get().id() != id) {
            throw new DirectoryRefusedException(DirectoryRefusedException.Reason.NAME_TAKEN,
                    "the directory already has an entry with this name");
        }
        int changed = tx.execute("""
                UPDATE directory_entry SET name = ?, recipient_kind = ?, services = ?, languages = ?, areas = ?,
                    how_to_refer = ?, phone = ?, email = ?, address = ?, last_checked = ?, updated_at = ?
                WHERE id = ?""",
                details.name(), details.kind().name(), join(details.services()), join(details.languages()),
                join(details.areas()), details.howToRefer(), details.phone(), details.email(), details.address(),
                Sql.date(details.lastChecked()), clock.millis(), id);
        if (changed == 0) {
            throw noSuchEntry();
        }
        audit.append(tx, AuditAction.DIRECTORY_ENTRY_UPDATED, subject(id), null);
    }

    /** Hides the entry from lists and searches; referrals that name it keep pointing to it. */
    public void archive(long id) {
        setArchived(id, true);
    }

    public void restore(long id) {
        setArchived(id, false);
    }

    private void setArchived(long id, boolean archived) {
        vault.write(tx -> {
            int changed = tx.execute("UPDATE directory_entry SET archived = ?, updated_at = ? WHERE id = ?",
                    archived ? 1 : 0, clock.millis(), id);
            if (changed == 0) {
                throw noSuchEntry();
            }
            audit.append(tx, AuditAction.DIRECTORY_ENTRY_UPDATED, subject(id), archived ? "archived" : "restored");
            return null;
        });
    }

    /**
     * Stores a whole checked file in one transaction: an entry whose name is already in the directory is
     * updated (keeping its archived state), any other is added.
     */
    public ImportSummary importAll(List<DirectoryDetails> entries) {
        return vault.write(tx -> {
            int added = 0;
            int updated = 0;
            for (DirectoryDetails details : entries) {
                Optional<DirectoryEntry> existing = findByName(tx, details.name());
                if (existing.isPresent()) {
                    update(tx, existing.get().id(), details);
                    updated++;
                } else {
                    add(tx, details);
                    added++;
                }
            }
            audit.append(tx, AuditAction.DIRECTORY_IMPORTED, "directory",
                    added + " added, " + updated + " updated");
            return new ImportSummary(added, updated);
        });
    }

    /** How an import changed the directory. */
    public record ImportSummary(int added, int updated) {
    }

    /** Entries in use, by name. */
    public List<DirectoryEntry> list() {
        return search(DirectorySearch.all());
    }

    public List<DirectoryEntry> search(DirectorySearch search) {
        return vault.read(reader -> reader.query("SELECT * FROM directory_entry" + ORDER, DirectoryRepository::entry))
                .stream().filter(search::matches).toList();
    }

    public Optional<DirectoryEntry> find(long id) {
        return vault.read(reader -> reader.queryOne("SELECT * FROM directory_entry WHERE id = ?",
                DirectoryRepository::entry, id));
    }

    /** The entry with this name, ignoring case and outer spaces, archived or not. */
    public Optional<DirectoryEntry> findByName(String name) {
        return vault.read(reader -> findByName(reader, name));
    }

    Optional<DirectoryEntry> findByName(Reader reader, String name) throws SQLException {
        // SQLite's NOCASE folds ASCII only; Names also sets aside spacing, invisible characters and look-alikes.
        return reader.query("SELECT * FROM directory_entry" + ORDER, DirectoryRepository::entry).stream()
                .filter(e -> names.compare(name, e.name()) == NameMatch.SAME).findFirst();
    }

    static String subject(long id) {
        return "directory:" + id;
    }

    private static String join(List<String> values) {
        return String.join("\n", values);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static DirectoryEntry entry(ResultSet row) throws SQLException {
        DirectoryDetails details = new DirectoryDetails(row.getString("name"),
                Sql.enumValue(RecipientKind.class, row, "recipient_kind"), split(row.getString("services")),
                split(row.getString("languages")), split(row.getString("areas")), row.getString("how_to_refer"),
                row.getString("phone"), row.getString("email"), row.getString("address"),
                Sql.date(row, "last_checked"));
        return new DirectoryEntry(row.getLong("id"), details, row.getInt("archived") != 0);
    }

    private static IllegalArgumentException noSuchEntry() {
        return new DirectoryRefusedException(DirectoryRefusedException.Reason.NO_SUCH_ENTRY,
                "there is no such directory entry");
    }
}
