package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * Copies of the letters made in a case (table {@code letter}). A copy is kept the first time a letter is printed,
 * saved or kept; printing or saving the same letter again is only audited.
 */
public final class LetterRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    LetterRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public KeptLetter keep(long caseId, LetterCopy copy, LetterDisposition disposition) {
        return vault.write(tx -> keep(tx, caseId, copy, disposition));
    }

    /** Stores the copy and audits LETTER_KEPT, plus LETTER_PRINTED or LETTER_SAVED when that is what happened. */
    public KeptLetter keep(Tx tx, long caseId, LetterCopy copy, LetterDisposition disposition) throws SQLException {
        long now = clock.millis();
        long id = tx.insert("""
                INSERT INTO letter(case_id, template_id, template_version, language, recipient_name, recipient_kind,
                    directory_entry_id, subject, disposition, made_at, made_by, pdf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId, copy.templateId(), copy.templateVersion(), copy.language(), copy.recipientName(),
                copy.recipientKind(), copy.directoryEntryId(), copy.subject(), disposition.name(), now, audit.actor(),
                copy.pdf());
        String subject = subject(tx, caseId, id);
        audit.append(tx, AuditAction.LETTER_KEPT, subject, null);
        if (disposition != LetterDisposition.KEPT) {
            audit.append(tx, disposition.auditAction(), subject, null);
        }
        return new KeptLetter(id, caseId, copy.templateId(), copy.templateVersion(), copy.language(),
                copy.recipientName(), copy.recipientKind(), copy.subject(), disposition,
                java.time.Instant.ofEpochMilli(now), audit.actor());
    }

    /** Audits printing or saving a letter whose copy is already kept. */
    public void recordAgain(long letterId, LetterDisposition disposition) {
        vault.write(tx -> {
            long caseId = tx.queryOne("SELECT case_id FROM letter WHERE id = ?", row -> row.getLong(1), letterId)
                    .orElseThrow(() -> new IllegalArgumentException("there is no such letter"));
            audit.append(tx, disposition.auditAction(), subject(tx, caseId, letterId), null);
            return null;
        });
    }

    /** The case's letters, newest first. */
    public List<KeptLetter> forCase(long caseId) {
        return vault.read(reader -> reader.query("""
                SELECT id, case_id, template_id, template_version, language, recipient_name, recipient_kind, subject,
                    disposition, made_at, made_by FROM letter WHERE case_id = ? ORDER BY made_at DESC, id DESC""",
                LetterRepository::letter, caseId));
    }

    public Optional<byte[]> pdf(long letterId) {
        return vault.read(reader -> reader.queryOne("SELECT pdf FROM letter WHERE id = ?", row -> row.getBytes(1),
                letterId));
    }

    private static String subject(org.cairn.vault.Reader reader, long caseId, long letterId) throws SQLException {
        return CaseRepository.reference(reader, caseId) + " letter:" + letterId;
    }

    private static KeptLetter letter(ResultSet row) throws SQLException {
        return new KeptLetter(row.getLong("id"), row.getLong("case_id"), row.getString("template_id"),
                row.getInt("template_version"), row.getString("language"), row.getString("recipient_name"),
                row.getString("recipient_kind"), row.getString("subject"),
                Sql.enumValue(LetterDisposition.class, row, "disposition"), Sql.instant(row, "made_at"),
                row.getString("made_by"));
    }
}
