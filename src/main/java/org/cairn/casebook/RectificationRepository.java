package org.cairn.casebook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/** Corrections made at the client's request, each with the value it replaced (ADR 0040). */
public final class RectificationRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    RectificationRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** Keeps the correction; the audit row names the client and the field, never either value. */
    public void record(Tx tx, long clientId, String field, String earlierValue, String correctedValue,
            LocalDate requestedOn) throws SQLException {
        tx.insert("""
                INSERT INTO rectification(client_id, field, earlier_value, corrected_value, requested_on,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                clientId, field, earlierValue, correctedValue, Sql.date(requestedOn), audit.actor(), clock.millis());
        audit.append(tx, AuditAction.RECTIFIED, ClientRepository.subject(clientId), field);
    }

    /** The client's corrections, oldest first. */
    public List<Rectification> forClient(long clientId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM rectification WHERE client_id = ? ORDER BY recorded_at, id",
                row -> new Rectification(row.getLong("id"), row.getLong("client_id"), row.getString("field"),
                        row.getString("earlier_value"), row.getString("corrected_value"),
                        Sql.date(row, "requested_on"), row.getString("recorded_by"),
                        Sql.instant(row, "recorded_at")), clientId));
    }
}
