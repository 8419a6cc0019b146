package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * A case's risk level over time and its MARAC decisions. Changing the level here also updates the case, so the
 * case list and the history always agree. Methods taking a {@link Tx} join the caller's transaction.
 */
public final class RiskRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    RiskRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Sets the case's risk level (and its assessment date to today). Professional judgement and a declined
     * proposal ({@code to} equal to the current level) must give a reason.
     */
    public RiskChange change(long caseId, RiskLevel to, RiskSource source, Long formId, String reason) {
        return vault.write(tx -> change(tx, caseId, to, source, formId, reason));
    }

    public RiskChange change(Tx tx, long caseId, RiskLevel to, RiskSource source, Long formId, String reason)
            throws SQLException {
        RiskLevel from = tx.queryOne("SELECT risk_level FROM case_file WHERE id = ?",
                row -> RiskLevel.valueOf(row.getString(1)), caseId).orElseThrow(CaseRepository::noSuchCase);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && (source == RiskSource.JUDGEMENT || from == to)) {
            throw new IllegalArgumentException("this risk decision needs a reason");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = tx.insert("""
                INSERT INTO risk_change(case_id, changed_at, from_level, to_level, source, form_id, reason, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId, now.toEpochMilli(), from.name(), to.name(), source.name(), formId, why, audit.actor());
        tx.execute("UPDATE case_file SET risk_level = ?, risk_assessed_on = ? WHERE id = ?", to.name(),
                Sql.date(LocalDate.ofInstant(now, clock.getZone())), caseId);
        audit.append(tx, AuditAction.RISK_CHANGED, CaseRepository.reference(tx, caseId), null);
        return new RiskChange(id, caseId, now, from, to, source, formId, why, audit.actor());
    }

    public MaracDecision decideMarac(long caseId, Long formId, Integer formVersion, MaracChoice choice,
            String reason) {
        return vault.write(tx -> decideMarac(tx, caseId, formId, formVersion, choice, reason));
    }

    public MaracDecision decideMarac(Tx tx, long caseId, Long formId, Integer formVersion, MaracChoice choice,
            String reason) throws SQLException {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && choice == MaracChoice.DECLINED) {
            throw new IllegalArgumentException("declining a MARAC referral needs a reason");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = tx.insert("""
                INSERT INTO marac_decision(case_id, form_id, form_version, decision, reason, decided_at, decided_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                caseId, formId, formVersion, choice.name(), why, now.toEpochMilli(), audit.actor());
        audit.append(tx, AuditAction.MARAC_DECIDED, CaseRepository.reference(tx, caseId), null);
        return new MaracDecision(id, caseId, formId, formVersion, choice, why, now, audit.actor());
    }

    /** The case's risk history, oldest first. */
    public List<RiskChange> history(long caseId) {
        return vault.read(reader -> reader.query("SELECT * FROM risk_change WHERE case_id = ? ORDER BY changed_at, id",
                RiskRepository::change, caseId));
    }

    /** The case's MARAC decisions, oldest first. */
    public List<MaracDecision> maracDecisions(long caseId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM marac_decision WHERE case_id = ? ORDER BY decided_at, id", RiskRepository::decision,
                caseId));
    }

    private static RiskChange change(ResultSet row) throws SQLException {
        long form = row.getLong("form_id");
        Long formId = row.wasNull() ? null : form;
        return new RiskChange(row.getLong("id"), row.getLong("case_id"), Sql.instant(row, "changed_at"),
                Sql.enumValue(RiskLevel.class, row, "from_level"), Sql.enumValue(RiskLevel.class, row, "to_level"),
                Sql.enumValue(RiskSource.class, row, "source"), formId, row.getString("reason"),
                row.getString("changed_by"));
    }

    private static MaracDecision decision(ResultSet row) throws SQLException {
        long form = row.getLong("form_id");
        Long formId = row.wasNull() ? null : form;
        return new MaracDecision(row.getLong("id"), row.getLong("case_id"), formId,
                Sql.integer(row, "form_version"), Sql.enumValue(MaracChoice.class, row, "decision"),
                row.getString("reason"), Sql.instant(row, "decided_at"), row.getString("decided_by"));
    }
}
