package org.cairn.casebook;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure that removes content rather than hiding it (ADR 0041): the rows of every table, the search index, and the
 * content of the audit rows about her, leaving one audit row that says an erasure happened, by whom and why, and a
 * journal line of identifiers so that a restored older copy can have it applied again. Rewriting the files so that
 * no freed page keeps her is the caller's next step (the vault's compaction), after this transaction commits.
 */
public final class ErasureRepository {
    private static final Logger LOG = LoggerFactory.getLogger(ErasureRepository.class);
    // A row about the subject or one of its parts (' ' and '!' are adjacent, so the range is the subject and a space).
    private static final String ABOUT = "salt IS NOT NULL AND (subject = ? OR (subject >= ? AND subject < ?))";
    private static final String REAPPLIED_REASON = "made after the copy this casebook was restored from";
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ErasureRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = Objects.requireNonNull(vault);
        this.clock = Objects.requireNonNull(clock);
        this.audit = Objects.requireNonNull(audit);
    }

    /** The case with this reference, as its id and its client's id. */
    public Optional<long[]> findCase(Reader reader, String reference) throws SQLException {
        return reader.queryOne("SELECT id, client_id FROM case_file WHERE reference = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, reference);
    }

    /** Every case of the client, oldest first. */
    public List<Long> casesOf(Reader reader, long clientId) throws SQLException {
        return reader.query("SELECT id FROM case_file WHERE client_id = ? ORDER BY id", row -> row.getLong(1),
                clientId);
    }

    /** Whether any of {@code caseIds} is under a legal hold, which no erasure may override. */
    public boolean anyOnHold(Reader reader, List<Long> caseIds) throws SQLException {
        for (long caseId : caseIds) {
            if (reader.queryLong("SELECT count(*) FROM retention_hold WHERE case_id = ?", caseId) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Erases inside the caller's transaction and returns the journal line it wrote. */
    public ErasureRecord erase(Tx tx, ErasureScope scope, long clientId, List<Long> caseIds, String reason)
            throws SQLException {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long createdAt = tx.queryLong("SELECT created_at FROM client WHERE id = ?", clientId);
        ErasureRecord record = new ErasureRecord(HexFormat.of().formatHex(id), scope, clientId, createdAt, caseIds, at);
        AuditAction action = scope == ErasureScope.CLIENT ? AuditAction.CLIENT_ERASED : AuditAction.CASE_ERASED;
        apply(tx, record, action, reason);
        return record;
    }

    /**
     * Anonymises one case inside the caller's transaction (ADR 0049) and returns the journal line it wrote, so a
     * restored older copy has it applied again as an erasure would be. The audit row keeps no reason: one typed by
     * an advocate could describe her, and the decision it came from loses its reason too (ADR 0058).
     */
    public ErasureRecord anonymise(Tx tx, long caseId) throws SQLException {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String erasureId = HexFormat.of().formatHex(id);
        String uid = tx.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                .orElseThrow();
        // Named by the case alone (it keeps its row id): no line may tie the anonymous case to her client. The
        // client's creation time has no use here, so that field carries the tag that binds the line to the case.
        ErasureRecord record = new ErasureRecord(erasureId, ErasureScope.ANONYMISED, 0,
                AnonymisedJournalTag.of(erasureId, uid), List.of(caseId), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        apply(tx, record, AuditAction.CASE_ANONYMISED, null);
        return record;
    }

    /**
     * Removes a case that moved to another casebook, once the move is confirmed (ADR 0043): its content goes as an
     * erasure removes it (rows, search terms, the content of audit rows about it), with the client too when
     * {@code scope} says so. No journal line and no erased id is kept: the case lives on elsewhere and may come
     * back by transfer, and a restored older copy simply shows it as still awaiting its receipt.
     */
    public void removeMovedAway(Tx tx, ErasureScope scope, long clientId, List<Long> caseIds, String reason)
            throws SQLException {
        byte[] id = new byte[16];
        random.nextBytes(id);
        long createdAt = tx.queryLong("SELECT created_at FROM client WHERE id = ?", clientId);
        apply(tx, new ErasureRecord(HexFormat.of().formatHex(id), scope, clientId, createdAt, caseIds,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)), AuditAction.TRANSFER_MOVED_AWAY, reason);
    }

    /**
     * Applies a journal line from a newer copy again, when this casebook does not hold it yet. The client must be
     * the same row (same id and creation time); a case or client that is not here any more is simply noted.
     *
     * @return whether anything was erased
     */
    public boolean reapply(Tx tx, ErasureRecord record) throws SQLException {
        if (tx.queryLong("SELECT count(*) FROM erasure_journal WHERE erasure_id = ?", record.erasureId()) > 0) {
            return false;
        }
        if (record.scope() == ErasureScope.ANONYMISED) {
            if (!boundToItsCase(tx, record)) {
                // Not written by this casebook (forged, or from before lines were bound): it acts on nothing, and
                // is left out of the casebook's journal so it is never passed on as genuine (ADR 0061).
                LOG.warn("an anonymisation line of this computer's erasure journal does not match its case; ignored");
                return false;
            }
            // A case here whose lasting id is not yet marked erased was not anonymised here yet.
            List<Long> cases = new ArrayList<>();
            for (long caseId : record.caseIds()) {
                if (Boolean.FALSE.equals(markedErased(tx, caseId))) {
                    cases.add(caseId);
                }
            }
            return applyAgain(tx, record, record.clientId(), record.clientCreatedAt(), cases);
        }
        boolean sameClient = tx.queryLong("SELECT count(*) FROM client WHERE id = ? AND created_at = ?",
                record.clientId(), record.clientCreatedAt()) > 0;
        if (!sameClient) {
            // An anonymised case sits under a client row of its own, made again with another id when its
            // anonymisation was applied again here; the case keeps its id and its lasting id is marked erased.
            List<Long> anonymised = new ArrayList<>();
            for (long caseId : record.caseIds()) {
                if (Boolean.TRUE.equals(markedErased(tx, caseId))) {
                    anonymised.add(caseId);
                }
            }
            if (anonymised.size() == 1 && record.caseIds().size() == 1) {
                long clientId = tx.queryLong("SELECT client_id FROM case_file WHERE id = ?", anonymised.get(0));
                long createdAt = tx.queryLong("SELECT created_at FROM client WHERE id = ?", clientId);
                return applyAgain(tx, record, clientId, createdAt, anonymised);
            }
        }
        List<Long> here = sameClient ? casesOf(tx, record.clientId()) : List.of();
        List<Long> cases = record.scope() == ErasureScope.CLIENT ? here
                : record.caseIds().stream().filter(here::contains).toList();
        if (!sameClient || (record.scope() != ErasureScope.CLIENT && cases.isEmpty())) {
            insertJournal(tx, record, 0, true);
            return false;
        }
        return applyAgain(tx, record, record.clientId(), record.clientCreatedAt(), cases);
    }

    private boolean applyAgain(Tx tx, ErasureRecord record, long clientId, long createdAt, List<Long> cases)
            throws SQLException {
        if (cases.isEmpty()) {
            insertJournal(tx, record, 0, true);
            return false;
        }
        apply(tx, new ErasureRecord(record.erasureId(), record.scope(), clientId, createdAt, cases,
                record.erasedAt()), AuditAction.ERASURE_REAPPLIED, REAPPLIED_REASON);
        return true;
    }

    /**
     * Whether an anonymisation line names one case that is here, with the tag its lasting id gives: only someone who
     * had this casebook open can know it. A case no longer here (erased since) needs no tag: nothing is done to it.
     */
    private static boolean boundToItsCase(Reader reader, ErasureRecord record) throws SQLException {
        if (record.caseIds().size() != 1 || record.clientId() != 0) {
            return false;
        }
        Optional<String> uid = reader.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1),
                record.caseIds().get(0));
        return uid.isEmpty() || AnonymisedJournalTag.matches(record.clientCreatedAt(), record.erasureId(), uid.get());
    }

    /** Whether the case here has its lasting id marked erased (it was anonymised); null when it is not here. */
    private static Boolean markedErased(Reader reader, long caseId) throws SQLException {
        Optional<String> uid = reader.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1),
                caseId);
        return uid.isEmpty() ? null : ErasedIds.isErased(reader, uid.get());
    }

    /**
     * Deletes the cases an undone import added, and a client left with no case (ADR 0043). Not an erasure: nothing
     * is journalled and the audit rows stay, since the undo is the record; the caller audits it.
     */
    public void removeUndoneImport(Tx tx, List<Long> caseIds, List<Long> clientIds) throws SQLException {
        for (long caseId : caseIds) {
            ErasedContent.deleteCase(tx, caseId);
        }
        for (long clientId : clientIds) {
            if (casesOf(tx, clientId).isEmpty()) {
                ErasedContent.deleteClient(tx, clientId);
            }
        }
        ErasedContent.compactSearchIndex(tx);
    }

    /** The journal kept inside this casebook, oldest first. */
    public List<ErasureRecord> journal() {
        return vault.read(reader -> reader.query("SELECT erasure_id, scope, client_id, client_created_at, case_ids, "
                + "erased_at FROM erasure_journal ORDER BY erased_at, erasure_id", row -> new ErasureRecord(
                        row.getString(1), ErasureScope.valueOf(row.getString(2)), row.getLong(3), row.getLong(4),
                        ErasureRecord.parseIds(row.getString(5)), Instant.ofEpochMilli(row.getLong(6)))));
    }

    private void apply(Tx tx, ErasureRecord record, AuditAction action, String reason) throws SQLException {
        boolean erasure = action != AuditAction.TRANSFER_MOVED_AWAY;
        boolean anonymised = record.scope() == ErasureScope.ANONYMISED;
        if (erasure && !anonymised) {
            // Her lasting ids outlive her rows, so that no transfer file can bring her back (ADR 0043).
            ErasedIds.remember(tx, record, record.erasedAt());
        }
        List<String> subjects = new ArrayList<>();
        for (long caseId : anonymised ? record.caseIds() : List.<Long>of()) {
            subjects.add(CaseRepository.reference(tx, caseId));
            // The decision stays linked, so the case never comes back to the review queue; its reasons go.
            tx.execute("UPDATE retention_decision SET carried_out_at = ? WHERE case_id = ? AND decision = ? "
                    + "AND carried_out_at IS NULL", record.erasedAt().toEpochMilli(), caseId,
                    RetentionChoice.ANONYMISE.name());
            // Who decided and the exact moment would tie the case to an advocate's day: the quarter stays (ADR 0058).
            for (long[] decision : tx.query("SELECT id, decided_at FROM retention_decision WHERE case_id = ?",
                    row -> new long[] {row.getLong(1), row.getLong(2)}, caseId)) {
                tx.execute("UPDATE retention_decision SET reason = '', decided_by = '', decided_at = ? WHERE id = ?",
                        AuditHash.quarterStart(decision[1]), decision[0]);
            }
            long herClient = tx.queryLong("SELECT client_id FROM case_file WHERE id = ?", caseId);
            if (AnonymisedCase.apply(tx, caseId, herClient, record.erasedAt())) {
                subjects.add(ClientRepository.subject(herClient));
            }
        }
        for (long caseId : anonymised ? List.<Long>of() : record.caseIds()) {
            subjects.add(CaseRepository.reference(tx, caseId));
            // The review queue's decisions stay as the record of why (by reference), carried out and unlinked.
            tx.execute("UPDATE retention_decision SET carried_out_at = ? WHERE case_id = ? AND decision <> 'KEEP' "
                    + "AND carried_out_at IS NULL", record.erasedAt().toEpochMilli(), caseId);
            // Kept: the reference, the choice, who and when. The typed reason may name her, so it goes.
            tx.execute("UPDATE retention_decision SET case_id = NULL, reason = '' WHERE case_id = ?", caseId);
            ErasedContent.deleteCase(tx, caseId);
        }
        if (record.scope() == ErasureScope.CLIENT) {
            ErasedContent.deleteClient(tx, record.clientId());
            subjects.add(ClientRepository.subject(record.clientId()));
        }
        ErasedContent.compactSearchIndex(tx);
        long rows = 0;
        for (String subject : subjects) {
            rows += tx.queryLong("SELECT count(*) FROM audit WHERE " + ABOUT, subject, subject + " ", subject + "!");
        }
        // The erasure row says how many rows it emptied, so the check notices any other row emptied in its name.
        AuditEntry row = audit.append(tx, action, AuditChainCheck.erasureSubject(record.erasureId(), rows), reason);
        for (String subject : subjects) {
            if (anonymised) {
                AnonymisedAudit.coarsen(tx, row.id(), ABOUT, subject);
            } else {
                tx.execute("UPDATE audit SET subject = NULL, reason = NULL, salt = NULL, erased_by = ? WHERE "
                        + ABOUT, row.id(), subject, subject + " ", subject + "!");
            }
        }
        if (erasure) {
            insertJournal(tx, record, row.id(), action == AuditAction.ERASURE_REAPPLIED);
        }
    }

    private static void insertJournal(Tx tx, ErasureRecord record, long auditId, boolean reapplied)
            throws SQLException {
        tx.execute("INSERT INTO erasure_journal(erasure_id, scope, client_id, client_created_at, case_ids, erased_at, "
                + "audit_id, reapplied) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", record.erasureId(), record.scope().name(),
                record.clientId(), record.clientCreatedAt(), record.caseIdsText(), record.erasedAt().toEpochMilli(),
                auditId, reapplied ? 1L : 0L);
    }
}
