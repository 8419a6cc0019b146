package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Restricted cases as rows: the content taken out of the shared tables and the search index, the sealed blob and
 * the wrapped keys. Sealing and wrapping happen above (the use cases hold the keys); this class never sees a key.
 */
public final class CaseRestrictionRepository {
    /** The message SQLite gives when a write would put a restricted case's content back in plain (SchemaV5). */
    static final String REFUSED = "cairn: the case is restricted";
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    CaseRestrictionRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public boolean isRestricted(long caseId) {
        return vault.read(reader -> isRestricted(reader, caseId));
    }

    public boolean isRestricted(Reader reader, long caseId) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM case_restriction WHERE case_id = ?", caseId) > 0;
    }

    /** The ids of every restricted case, for lists that mark them. */
    public Set<Long> restrictedCaseIds() {
        return vault.read(reader -> new HashSet<>(reader.query("SELECT case_id FROM case_restriction",
                row -> row.getLong(1))));
    }

    public Optional<CaseRestriction> find(long caseId) {
        return vault.read(reader -> find(reader, caseId));
    }

    public Optional<CaseRestriction> find(Reader reader, long caseId) throws SQLException {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        reader.query("SELECT holder, wrapped FROM case_restriction_key WHERE case_id = ? ORDER BY holder",
                row -> keys.put(row.getString(1), row.getBytes(2)), caseId);
        return reader.queryOne("SELECT sealed, holders_version, restricted_at, restricted_by FROM case_restriction "
                + "WHERE case_id = ?", row -> new CaseRestriction(caseId, row.getBytes(1), row.getInt(2),
                        Instant.ofEpochMilli(row.getLong(3)), row.getString(4), keys), caseId);
    }

    /**
     * Takes the case's content out of the shared tables and the search index and returns it as plaintext for the
     * caller to seal (and wipe). Deleted rows are overwritten in the database image (the vault runs SQLite
     * with secure_delete), not only unlinked.
     */
    public byte[] takeContent(Tx tx, long caseId) throws SQLException {
        return takeContent(tx, caseId, null);
    }

    /**
     * As {@link #takeContent(Tx, long)} for another of her cases restricted together: her own rows are copied from
     * {@code clientPartsFrom} (the plaintext of the first of her cases), since the tables no longer hold them.
     */
    public byte[] takeContent(Tx tx, long caseId, byte[] clientPartsFrom) throws SQLException {
        long clientId = tx.queryLong("SELECT client_id FROM case_file WHERE id = ?", caseId);
        ErasedContent.forgetExchangedVersions(tx, caseId, clientId);
        byte[] plain = SealedRows.take(tx, caseId, clientId, clientPartsFrom);
        tx.execute("DELETE FROM case_fts WHERE rowid = ?", caseId);
        // Merges the index's segments so the deleted case's words are not left behind in older ones.
        tx.execute("INSERT INTO case_fts(case_fts) VALUES ('optimize')");
        return plain;
    }

    /** Records the restriction; call after {@link #takeContent} in the same transaction. */
    public void store(Tx tx, long caseId, byte[] sealed, int holdersVersion, Map<String, byte[]> wrappedKeys)
            throws SQLException {
        tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, restricted_at, restricted_by) "
                + "VALUES (?, ?, ?, ?, ?)", caseId, sealed, holdersVersion, now().toEpochMilli(), audit.actor());
        putKeys(tx, caseId, wrappedKeys);
        audit.append(tx, AuditAction.CASE_RESTRICTED, CaseRepository.reference(tx, caseId),
                "holders " + wrappedKeys.size());
    }

    /** Replaces the seal and the wrapped keys (new holders, or content sealed again after a change). */
    public void reseal(Tx tx, long caseId, byte[] sealed, int holdersVersion, Map<String, byte[]> wrappedKeys)
            throws SQLException {
        tx.execute("UPDATE case_restriction SET sealed = ?, holders_version = ? WHERE case_id = ?", sealed,
                holdersVersion, caseId);
        tx.execute("DELETE FROM case_restriction_key WHERE case_id = ?", caseId);
        putKeys(tx, caseId, wrappedKeys);
        audit.append(tx, AuditAction.CASE_RESTRICTED, CaseRepository.reference(tx, caseId),
                "holders " + wrappedKeys.size());
    }

    /** Lifts the restriction and puts the unsealed content back in the shared tables and the search index. */
    public void lift(Tx tx, long caseId, byte[] plain) throws SQLException {
        tx.execute("DELETE FROM case_restriction_key WHERE case_id = ?", caseId);
        tx.execute("DELETE FROM case_restriction WHERE case_id = ?", caseId);
        Map<String, Map<Long, Long>> moved = SealedRows.putBack(tx, plain);
        MovedRows.follow(tx, tx.queryLong("SELECT client_id FROM case_file WHERE id = ?", caseId), moved);
        tx.execute("INSERT OR REPLACE INTO case_fts(rowid, reference, names, notes) "
                + "SELECT case_id, reference, names, notes FROM case_search_doc WHERE case_id = ?", caseId);
        audit.append(tx, AuditAction.CASE_UNRESTRICTED, CaseRepository.reference(tx, caseId), null);
    }

    /**
     * Lifts the restriction of several cases of one client together: every restriction goes first (the database
     * refuses her rows back while any of her cases is restricted), then each case's rows, her own rows once, from
     * the first. {@code plains} holds each case's unsealed content, in the order of {@code caseIds}.
     */
    public void liftTogether(Tx tx, java.util.List<Long> caseIds, java.util.List<byte[]> plains) throws SQLException {
        for (long caseId : caseIds) {
            tx.execute("DELETE FROM case_restriction_key WHERE case_id = ?", caseId);
            tx.execute("DELETE FROM case_restriction WHERE case_id = ?", caseId);
        }
        Map<String, Map<Long, Long>> moved = new java.util.HashMap<>();
        for (int i = 0; i < caseIds.size(); i++) {
            SealedRows.putBack(tx, plains.get(i), i == 0).forEach((table, ids) ->
                    moved.computeIfAbsent(table, t -> new java.util.HashMap<>()).putAll(ids));
        }
        // Once for all of them: a row put back for one case may take an id another case's row had before.
        MovedRows.follow(tx, tx.queryLong("SELECT client_id FROM case_file WHERE id = ?", caseIds.get(0)), moved);
        for (long caseId : caseIds) {
            tx.execute("INSERT OR REPLACE INTO case_fts(rowid, reference, names, notes) "
                    + "SELECT case_id, reference, names, notes FROM case_search_doc WHERE case_id = ?", caseId);
            audit.append(tx, AuditAction.CASE_UNRESTRICTED, CaseRepository.reference(tx, caseId), null);
        }
    }

    /**
     * The unsealed content with a new note written now by the acting person, for the caller to seal again; the
     * shared tables are not touched (caller wipes both arrays).
     */
    public byte[] withNote(Tx tx, long caseId, byte[] plain, String text) throws SQLException {
        return SealedRows.withNote(tx, plain, caseId, now().toEpochMilli(), audit.actor(), text);
    }

    /**
     * Replaces the sealed content after a note was added inside it, under the same case key and holders: the
     * audit row says a note was added to the case and names no note, since its id exists only inside the seal.
     */
    public void sealedNoteAdded(Tx tx, long caseId, byte[] sealed, int holdersVersion) throws SQLException {
        int changed = tx.execute("UPDATE case_restriction SET sealed = ? WHERE case_id = ? AND holders_version = ?",
                sealed, caseId, holdersVersion);
        if (changed != 1) {
            throw new IllegalStateException("the restriction changed while the note was sealed");
        }
        audit.append(tx, AuditAction.NOTE_ADDED, CaseRepository.reference(tx, caseId) + " note:sealed", null);
    }

    /** Leaves an audit row that an allowed person read the content. */
    public void recordOpened(Tx tx, long caseId) throws SQLException {
        audit.append(tx, AuditAction.RESTRICTED_CASE_OPENED, CaseRepository.reference(tx, caseId), null);
    }

    /** True when {@code failure} is the database refusing a write into a restricted case's content. */
    public static boolean refusedAsRestricted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains(REFUSED)) {
                return true;
            }
        }
        return false;
    }

    private static void putKeys(Tx tx, long caseId, Map<String, byte[]> wrappedKeys) throws SQLException {
        for (Map.Entry<String, byte[]> key : wrappedKeys.entrySet()) {
            tx.execute("INSERT INTO case_restriction_key(case_id, holder, wrapped) VALUES (?, ?, ?)", caseId,
                    key.getKey(), key.getValue());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
