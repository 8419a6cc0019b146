package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Legal holds and retention review decisions (ADR 0040). Reasons are kept in the tables, never in the audit trail,
 * because they are typed text that may describe the case.
 */
public final class RetentionRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    RetentionRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** Places a hold on the case, or replaces the one it has. */
    public void placeHold(Tx tx, long caseId, String reason, java.time.LocalDate reviewOn) throws SQLException {
        String reference = reference(tx, caseId);
        tx.execute("""
                INSERT INTO retention_hold(case_id, reason, review_on, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(case_id) DO UPDATE SET reason = excluded.reason, review_on = excluded.review_on,
                    placed_by = excluded.placed_by, placed_at = excluded.placed_at""",
                caseId, reason, Sql.date(reviewOn), audit.actor(), clock.millis());
        audit.append(tx, AuditAction.LEGAL_HOLD_PLACED, reference, null);
    }

    /** Lifts the case's hold; returns false, changing nothing, when it had none. */
    public boolean liftHold(Tx tx, long caseId) throws SQLException {
        String reference = reference(tx, caseId);
        if (tx.execute("DELETE FROM retention_hold WHERE case_id = ?", caseId) == 0) {
            return false;
        }
        audit.append(tx, AuditAction.LEGAL_HOLD_LIFTED, reference, null);
        return true;
    }

    public Optional<LegalHold> hold(long caseId) {
        return vault.read(reader -> reader.queryOne("SELECT * FROM retention_hold WHERE case_id = ?",
                RetentionRepository::hold, caseId));
    }

    /** Records a decision; the audit row names the choice, the table keeps the reason. */
    public RetentionDecision decide(Tx tx, long caseId, RetentionChoice choice, java.time.LocalDate keepUntil,
            String reason) throws SQLException {
        String reference = reference(tx, caseId);
        long at = clock.millis();
        long id = tx.insert("""
                INSERT INTO retention_decision(case_id, case_reference, decision, keep_until, reason, decided_by,
                    decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                caseId, reference, choice.name(), Sql.date(keepUntil), reason, audit.actor(), at);
        audit.append(tx, AuditAction.RETENTION_DECIDED, reference, choice.name());
        return new RetentionDecision(id, caseId, reference, choice, keepUntil, reason, audit.actor(),
                java.time.Instant.ofEpochMilli(at), null);
    }

    /**
     * For the erasure mechanics: marks the decision carried out, inside the transaction that erased or anonymised
     * the case (which audits the erasure itself), and unlinks the case so the row outlives it. Returns false when
     * the decision does not exist or was carried out already.
     */
    public boolean markCarriedOut(Tx tx, long decisionId) throws SQLException {
        return tx.execute("""
                UPDATE retention_decision SET carried_out_at = ?, case_id = NULL
                WHERE id = ? AND decision <> 'KEEP' AND carried_out_at IS NULL""", clock.millis(), decisionId) == 1;
    }

    /** Every decision about the case, oldest first. */
    public List<RetentionDecision> decisions(long caseId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM retention_decision WHERE case_id = ? ORDER BY decided_at, id",
                RetentionRepository::decision, caseId));
    }

    /** Erasures and anonymisations decided and not yet carried out, oldest first. */
    public List<RetentionDecision> awaitingErasure() {
        return vault.read(reader -> reader.query("""
                SELECT * FROM retention_decision d WHERE d.decision <> 'KEEP' AND d.carried_out_at IS NULL
                    AND d.id = (SELECT max(id) FROM retention_decision e WHERE e.case_id = d.case_id)
                ORDER BY d.decided_at, d.id""", RetentionRepository::decision));
    }

    /** Every closed case with what the schedule needs, in closing order. */
    public List<ClosedCaseFacts> closedCases() {
        return vault.read(RetentionRepository::closedCases);
    }

    private static List<ClosedCaseFacts> closedCases(Reader reader) throws SQLException {
        Map<Long, RetentionDecision> latest = new HashMap<>();
        for (RetentionDecision decision : reader.query(
                "SELECT * FROM retention_decision WHERE case_id IS NOT NULL ORDER BY decided_at, id",
                RetentionRepository::decision)) {
            latest.put(decision.caseId(), decision);
        }
        List<ClosedCaseFacts> facts = new ArrayList<>();
        for (ClosedCaseFacts row : reader.query("""
                SELECT c.id, c.reference, c.closed_on, coalesce(cl.children_count, 0) > 0 AS children,
                    EXISTS (SELECT 1 FROM marac_decision m WHERE m.case_id = c.id AND m.decision = 'REFER') AS marac,
                    c.immigration IS NOT NULL AS immigration,
                    h.case_id AS hold_case, h.reason, h.review_on, h.placed_by, h.placed_at
                FROM case_file c JOIN client cl ON cl.id = c.client_id
                LEFT JOIN retention_hold h ON h.case_id = c.id
                WHERE c.closed_on IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM casebook_setting s WHERE s.key = 'erased.' || c.uid)
                ORDER BY c.closed_on, c.id""", RetentionRepository::facts)) {
            facts.add(new ClosedCaseFacts(row.caseId(), row.reference(), row.closedOn(), row.children(), row.marac(),
                    row.immigration(), row.hold(), Optional.ofNullable(latest.get(row.caseId()))));
        }
        return facts;
    }

    private static ClosedCaseFacts facts(ResultSet row) throws SQLException {
        Optional<LegalHold> hold = row.getObject("hold_case") == null ? Optional.empty()
                : Optional.of(new LegalHold(row.getLong("id"), row.getString("reason"),
                        Sql.date(row, "review_on"), row.getString("placed_by"), Sql.instant(row, "placed_at")));
        return new ClosedCaseFacts(row.getLong("id"), row.getString("reference"), Sql.date(row, "closed_on"),
                row.getBoolean("children"), row.getBoolean("marac"), row.getBoolean("immigration"), hold,
                Optional.empty());
    }

    private static LegalHold hold(ResultSet row) throws SQLException {
        return new LegalHold(row.getLong("case_id"), row.getString("reason"), Sql.date(row, "review_on"),
                row.getString("placed_by"), Sql.instant(row, "placed_at"));
    }

    private static RetentionDecision decision(ResultSet row) throws SQLException {
        return new RetentionDecision(row.getLong("id"), Sql.longOrNull(row, "case_id"),
                row.getString("case_reference"), RetentionChoice.valueOf(row.getString("decision")),
                Sql.date(row, "keep_until"), row.getString("reason"), row.getString("decided_by"),
                Sql.instant(row, "decided_at"), Sql.instant(row, "carried_out_at"));
    }

    private static String reference(Reader reader, long caseId) throws SQLException {
        return reader.queryOne("SELECT reference FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                .orElseThrow(() -> new java.util.NoSuchElementException("no such case"));
    }
}
