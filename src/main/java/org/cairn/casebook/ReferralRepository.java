package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;

/**
 * Referrals made for cases, each with a follow-up task. {@link #make} runs the consent check first
 * ({@link ReferralConsentCheck}); the referral document itself is made from the stored template id, version and
 * recipient by the letters pipeline.
 */
public final class ReferralRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final CaseRepository cases;
    private final ConsentRepository consents;
    private final BlockedRecipientRepository blocked;
    private final TaskRepository tasks;

    ReferralRepository(Transactions vault, Clock clock, AuditTrail audit, CaseRepository cases,
            ConsentRepository consents, BlockedRecipientRepository blocked, TaskRepository tasks) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.cases = cases;
        this.consents = consents;
        this.blocked = blocked;
        this.tasks = tasks;
    }

    /** What the consent check found, for showing before the advocate commits to the referral. */
    public record Check(boolean blocked, Optional<ConsentEntry> consent) {
        public ReferralConsentCheck.Verdict verdict(String overrideReason) {
            return ReferralConsentCheck.decide(blocked, consent, overrideReason);
        }
    }

    /** Looks up whether the recipient is blocked for the case's client and whether consent is in force. */
    public Check check(long caseId, ConsentPurpose purpose, Long directoryEntryId, String recipientName,
            LocalDate on) {
        long clientId = cases.find(caseId).orElseThrow(CaseRepository::noSuchCase).clientId();
        return new Check(blocked.isBlocked(clientId, directoryEntryId, recipientName),
                consents.inForce(clientId, purpose, recipientName, on));
    }

    /**
     * Makes the referral and its follow-up task, or throws {@link ReferralRefusedException} (storing nothing)
     * when the recipient is blocked, or when there is no consent in force and no override reason. An override
     * is audited as CONSENT_OVERRIDE with the advocate's reason.
     */
    public Referral make(ReferralRequest request) {
        Check check = check(request.caseId(), request.consentPurpose(), request.directoryEntryId(),
                request.recipientName(), request.madeOn());
        ReferralConsentCheck.Verdict verdict = check.verdict(request.overrideReason());
        if (!verdict.allowed()) {
            throw new ReferralRefusedException(verdict);
        }
        Long consentId = check.consent().map(ConsentEntry::id).orElse(null);
        String override = verdict == ReferralConsentCheck.Verdict.OVERRIDDEN ? request.overrideReason() : null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return vault.write(tx -> {
            Task task = tasks.add(tx, request.caseId(), TaskTitle.REFERRAL_FOLLOW_UP, List.of(request.recipientName()),
                    request.madeOn().plusDays(request.followUpDays()));
            long id = tx.insert("""
                    INSERT INTO referral(
                        uid, case_id, template_id, template_version, directory_entry_id, recipient_name,
                        recipient_kind, made_on, outcome, outcome_on, consent_id, override_reason, task_id,
                        created_at, created_by, recipient_contact)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                    request.caseId(), request.templateId(), request.templateVersion(), request.directoryEntryId(),
                    request.recipientName(), request.recipientKind().name(), Sql.date(request.madeOn()),
                    ReferralOutcome.PENDING.name(), consentId, override, task.id(), now.toEpochMilli(),
                    audit.actor(), request.recipientContact());
            String subject = subject(tx, request.caseId(), id);
            audit.append(tx, AuditAction.REFERRAL_MADE, subject, null);
            if (override != null) {
                audit.append(tx, AuditAction.CONSENT_OVERRIDE, subject, override);
            }
            return new Referral(id, request.caseId(), request.templateId(), request.templateVersion(),
                    request.directoryEntryId(), request.recipientName(), request.recipientKind(), request.madeOn(),
                    ReferralOutcome.PENDING, null, consentId, override, task.id(), now, audit.actor(),
                    request.recipientContact());
        });
    }

    /** Records what came of the referral; any outcome but PENDING also marks the follow-up task done. */
    public Referral recordOutcome(long referralId, ReferralOutcome outcome, LocalDate on) {
        return vault.write(tx -> {
            Referral referral = tx.queryOne("SELECT * FROM referral WHERE id = ?", ReferralRepository::referral,
                    referralId).orElseThrow(() -> new IllegalArgumentException("there is no such referral"));
            LocalDate outcomeOn = outcome == ReferralOutcome.PENDING ? null : on;
            tx.execute("UPDATE referral SET outcome = ?, outcome_on = ? WHERE id = ?", outcome.name(),
                    Sql.date(outcomeOn), referralId);
            audit.append(tx, AuditAction.REFERRAL_OUTCOME, subject(tx, referral.caseId(), referralId),
                    outcome.name());
            if (outcome != ReferralOutcome.PENDING && referral.taskId() != null && tx.queryLong(
                    "SELECT count(*) FROM task WHERE id = ? AND done_at IS NULL", referral.taskId()) == 1) {
                tasks.complete(tx, referral.taskId(), clock.instant());
            }
            return new Referral(referral.id(), referral.caseId(), referral.templateId(), referral.templateVersion(),
                    referral.directoryEntryId(), referral.recipientName(), referral.recipientKind(),
                    referral.madeOn(), outcome, outcomeOn, referral.consentId(), referral.overrideReason(),
                    referral.taskId(), referral.createdAt(), referral.createdBy(), referral.recipientContact());
        });
    }

    /** The case's referrals, newest first. */
    public List<Referral> forCase(long caseId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM referral WHERE case_id = ? ORDER BY made_on DESC, id DESC", ReferralRepository::referral,
                caseId));
    }

    public Optional<Referral> find(long id) {
        return vault.read(reader -> reader.queryOne("SELECT * FROM referral WHERE id = ?",
                ReferralRepository::referral, id));
    }

    private static String subject(Reader reader, long caseId, long referralId) throws SQLException {
        return CaseRepository.reference(reader, caseId) + " referral:" + referralId;
    }

    private static Referral referral(ResultSet row) throws SQLException {
        return new Referral(row.getLong("id"), row.getLong("case_id"), row.getString("template_id"),
                row.getInt("template_version"), Sql.longOrNull(row, "directory_entry_id"),
                row.getString("recipient_name"), Sql.enumValue(RecipientKind.class, row, "recipient_kind"),
                Sql.date(row, "made_on"), Sql.enumValue(ReferralOutcome.class, row, "outcome"),
                Sql.date(row, "outcome_on"), Sql.longOrNull(row, "consent_id"), row.getString("override_reason"),
                Sql.longOrNull(row, "task_id"), Sql.instant(row, "created_at"), row.getString("created_by"),
                row.getString("recipient_contact"));
    }
}
