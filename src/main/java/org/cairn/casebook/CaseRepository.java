package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/** Cases, with references numbered per year of opening. Methods taking a {@link Tx} join the caller's transaction. */
public final class CaseRepository {
    private final Transactions vault;
    private final AuditTrail audit;

    CaseRepository(Transactions vault, AuditTrail audit) {
        this.vault = vault;
        this.audit = audit;
    }

    public CaseFile open(long clientId, CaseDetails details) {
        return vault.write(tx -> open(tx, clientId, details));
    }

    /** Opens a case; its reference takes the next sequence number of the year it opened in. */
    public CaseFile open(Tx tx, long clientId, CaseDetails details) throws SQLException {
        int year = details.openedOn().getYear();
        int sequence = (int) tx.queryLong("SELECT coalesce(max(ref_seq), 0) + 1 FROM case_file WHERE ref_year = ?",
                year);
        CaseReference reference = new CaseReference(year, sequence);
        EvidenceGaps gaps = details.evidenceGaps();
        long id = tx.insert("""
                INSERT INTO case_file(
                    uid, client_id, reference, ref_year, ref_seq, opened_on, closed_on, status, advocate,
                    risk_level, risk_assessed_on, immigration, nrpf, feared_reporting, reported_to_police,
                    police_shared, third_party_reporting, gp_refused, nhs_charged)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                clientId, reference.toString(), year, sequence, Sql.date(details.openedOn()),
                Sql.date(details.closedOn()), details.status().name(), details.advocate(), details.risk().name(),
                Sql.date(details.riskAssessedOn()), Sql.name(details.immigration()), details.nrpf().name(),
                gaps.fearedReportingBecauseOfDataSharing().name(), gaps.reportedToPolice().name(),
                gaps.policeSharedWithImmigration().name(), gaps.thirdPartyReportingUsed().name(),
                gaps.gpRegistrationRefused().name(), gaps.nhsChargedForExemptTreatment().name());
        insertAbuseTypes(tx, id, details.abuseTypes());
        audit.append(tx, AuditAction.CASE_OPENED, reference.toString(), null);
        return new CaseFile(id, reference, clientId, details);
    }

    /** Replaces the case's details; the reference never changes, even if the opening date is corrected. */
    public void update(long caseId, CaseDetails details) {
        vault.write(tx -> {
            update(tx, caseId, details, AuditAction.CASE_UPDATED);
            return null;
        });
    }

    public void update(Tx tx, long caseId, CaseDetails details) throws SQLException {
        update(tx, caseId, details, AuditAction.CASE_UPDATED);
    }

    public void close(long caseId, LocalDate on) {
        vault.write(tx -> {
            CaseFile current = find(tx, caseId).orElseThrow(CaseRepository::noSuchCase);
            update(tx, caseId, current.details().closed(on), AuditAction.CASE_CLOSED);
            return null;
        });
    }

    /** Opens a closed case again: its closing date is cleared, everything else stays. Audited as CASE_REOPENED. */
    public void reopen(long caseId) {
        vault.write(tx -> {
            reopen(tx, caseId);
            return null;
        });
    }

    public void reopen(Tx tx, long caseId) throws SQLException {
        CaseDetails current = find(tx, caseId).orElseThrow(CaseRepository::noSuchCase).details();
        if (current.status() != CaseStatus.CLOSED) {
            throw new IllegalStateException("the case is open already");
        }
        update(tx, caseId, new CaseDetails(current.openedOn(), null, CaseStatus.OPEN, current.advocate(),
                current.abuseTypes(), current.risk(), current.riskAssessedOn(), current.immigration(), current.nrpf(),
                current.evidenceGaps()), AuditAction.CASE_REOPENED);
        // A pending erase or anonymise decision was about the closing that reopening undoes (ADR 0049).
        tx.execute("DELETE FROM retention_decision WHERE case_id = ? AND decision <> 'KEEP' AND carried_out_at IS NULL",
                caseId);
    }

    private void update(Tx tx, long caseId, CaseDetails details, AuditAction action) throws SQLException {
        EvidenceGaps gaps = details.evidenceGaps();
        int changed = tx.execute("""
                UPDATE case_file SET opened_on = ?, closed_on = ?, status = ?, advocate = ?, risk_level = ?,
                    risk_assessed_on = ?, immigration = ?, nrpf = ?, feared_reporting = ?, reported_to_police = ?,
                    police_shared = ?, third_party_reporting = ?, gp_refused = ?, nhs_charged = ?
                WHERE id = ?""",
                Sql.date(details.openedOn()), Sql.date(details.closedOn()), details.status().name(),
                details.advocate(), details.risk().name(), Sql.date(details.riskAssessedOn()),
                Sql.name(details.immigration()), details.nrpf().name(),
                gaps.fearedReportingBecauseOfDataSharing().name(), gaps.reportedToPolice().name(),
                gaps.policeSharedWithImmigration().name(), gaps.thirdPartyReportingUsed().name(),
                gaps.gpRegistrationRefused().name(), gaps.nhsChargedForExemptTreatment().name(), caseId);
        if (changed == 0) {
            throw noSuchCase();
        }
        tx.execute("DELETE FROM case_abuse WHERE case_id = ?", caseId);
        insertAbuseTypes(tx, caseId, details.abuseTypes());
        audit.append(tx, action, reference(tx, caseId), null);
    }

    public ImmigrationDetails immigrationDetails(long caseId) {
        return vault.read(reader -> reader.queryOne(
                "SELECT visa_expiry, home_office_reference FROM case_file WHERE id = ?",
                row -> new ImmigrationDetails(Sql.date(row, "visa_expiry"), row.getString("home_office_reference")),
                caseId)).orElseThrow(CaseRepository::noSuchCase);
    }

    public void updateImmigrationDetails(long caseId, ImmigrationDetails details) {
        vault.write(tx -> {
            updateImmigrationDetails(tx, caseId, details);
            return null;
        });
    }

    public void updateImmigrationDetails(Tx tx, long caseId, ImmigrationDetails details) throws SQLException {
        int changed = tx.execute("UPDATE case_file SET visa_expiry = ?, home_office_reference = ? WHERE id = ?",
                Sql.date(details.visaExpiry()), details.homeOfficeReference(), caseId);
        if (changed == 0) {
            throw noSuchCase();
        }
        audit.append(tx, AuditAction.CASE_UPDATED, reference(tx, caseId), null);
    }

    public Optional<CaseFile> find(long caseId) {
        return vault.read(reader -> find(reader, caseId));
    }

    public Optional<CaseFile> findByReference(CaseReference reference) {
        return vault.read(reader -> {
            Optional<Long> id = reader.queryOne("SELECT id FROM case_file WHERE reference = ?",
                    row -> row.getLong(1), reference.toString());
            return id.isPresent() ? find(reader, id.get()) : Optional.<CaseFile>empty();
        });
    }

    /** The client's cases, oldest first. */
    public List<CaseFile> forClient(long clientId) {
        return vault.read(reader -> {
            List<CaseFile> cases = new ArrayList<>();
            for (long id : reader.query("SELECT id FROM case_file WHERE client_id = ? ORDER BY opened_on, id",
                    row -> row.getLong(1), clientId)) {
                cases.add(find(reader, id).orElseThrow());
            }
            return cases;
        });
    }

    public Optional<CaseFile> find(Reader reader, long caseId) throws SQLException {
        Set<AbuseType> abuse = EnumSet.noneOf(AbuseType.class);
        for (String type : reader.query("SELECT abuse_type FROM case_abuse WHERE case_id = ?",
                row -> row.getString(1), caseId)) {
            abuse.add(AbuseType.valueOf(type));
        }
        return reader.queryOne("SELECT * FROM case_file WHERE id = ?", row -> caseFile(row, abuse), caseId);
    }

    private static CaseFile caseFile(ResultSet row, Set<AbuseType> abuse) throws SQLException {
        EvidenceGaps gaps = new EvidenceGaps(
                Sql.enumValue(YesNoUnknown.class, row, "feared_reporting"),
                Sql.enumValue(YesNoUnknown.class, row, "reported_to_police"),
                Sql.enumValue(YesNoUnknown.class, row, "police_shared"),
                Sql.enumValue(YesNoUnknown.class, row, "third_party_reporting"),
                Sql.enumValue(YesNoUnknown.class, row, "gp_refused"),
                Sql.enumValue(YesNoUnknown.class, row, "nhs_charged"));
        CaseDetails details = new CaseDetails(Sql.date(row, "opened_on"), Sql.date(row, "closed_on"),
                Sql.enumValue(CaseStatus.class, row, "status"), row.getString("advocate"), abuse,
                Sql.enumValue(RiskLevel.class, row, "risk_level"), Sql.date(row, "risk_assessed_on"),
                Sql.enumValue(ImmigrationCategory.class, row, "immigration"),
                Sql.enumValue(YesNoUnknown.class, row, "nrpf"), gaps);
        return new CaseFile(row.getLong("id"), CaseReference.parse(row.getString("reference")),
                row.getLong("client_id"), details);
    }

    private static void insertAbuseTypes(Tx tx, long caseId, Set<AbuseType> types) throws SQLException {
        // Enum order, so that the statements (and so the redo log) do not depend on set iteration order.
        EnumSet<AbuseType> sorted = EnumSet.noneOf(AbuseType.class);
        sorted.addAll(types);
        for (AbuseType type : sorted) {
            tx.execute("INSERT INTO case_abuse(case_id, abuse_type) VALUES (?, ?)", caseId, type.name());
        }
    }

    /** The case's reference, used as the audit subject of everything that happens in the case. */
    static String reference(Reader reader, long caseId) throws SQLException {
        return reader.queryOne("SELECT reference FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                .orElseThrow(CaseRepository::noSuchCase);
    }

    static IllegalArgumentException noSuchCase() {
        return new IllegalArgumentException("there is no such case");
    }
}
