package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Subject access requests, their clock and the review of the third-party data in each copy (ADR 0040). Typed
 * reasons stay in the tables; the audit rows name the client and what happened.
 */
public final class SubjectAccessRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    SubjectAccessRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public SubjectAccessRequest log(Tx tx, long clientId, LocalDate receivedOn, LocalDate dueOn, Long taskId)
            throws SQLException {
        long id = tx.insert("""
                INSERT INTO subject_access_request(client_id, received_on, due_on, task_id, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                clientId, Sql.date(receivedOn), Sql.date(dueOn), taskId, audit.actor(), clock.millis());
        audit.append(tx, AuditAction.SUBJECT_ACCESS_LOGGED, ClientRepository.subject(clientId), null);
        return find(tx, id).orElseThrow();
    }

    public void extend(Tx tx, SubjectAccessRequest request, LocalDate on, LocalDate newDue, String reason)
            throws SQLException {
        tx.execute("""
                UPDATE subject_access_request SET extended_on = ?, extended_due_on = ?, extension_reason = ?
                WHERE id = ?""", Sql.date(on), Sql.date(newDue), reason, request.id());
        audit.append(tx, AuditAction.SUBJECT_ACCESS_EXTENDED, ClientRepository.subject(request.clientId()),
                newDue.toString());
    }

    /**
     * Marks the request complete. The audit row names the request and, as its reason, how her copy reaches her:
     * a code ({@code delivery}, such as {@code POST}), never words typed.
     */
    public void complete(Tx tx, SubjectAccessRequest request, LocalDate on, String delivery) throws SQLException {
        if (!delivery.matches("[A-Z_]{1,20}")) {
            throw new IllegalArgumentException("a delivery is a code");
        }
        tx.execute("UPDATE subject_access_request SET completed_on = ? WHERE id = ?", Sql.date(on), request.id());
        audit.append(tx, AuditAction.SUBJECT_ACCESS_EXPORTED, exportSubject(request.clientId(), request.id()),
                delivery);
    }

    /** The subject of the row recording that her copy was written: about her (so erasing her empties it). */
    public static String exportSubject(long clientId, long requestId) {
        return ClientRepository.subject(clientId) + " request:" + requestId;
    }

    /** Records (or replaces) the decision about one item of the request's copy. */
    public void mark(Tx tx, SubjectAccessRequest request, String item, ReviewChoice choice, String reason)
            throws SQLException {
        tx.execute("""
                INSERT INTO subject_access_review(request_id, item, decision, reason, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(request_id, item) DO UPDATE SET decision = excluded.decision, reason = excluded.reason,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at""",
                request.id(), item, choice.name(), reason, audit.actor(), clock.millis());
        audit.append(tx, AuditAction.SUBJECT_ACCESS_REVIEWED, ClientRepository.subject(request.clientId()),
                choice.name() + " " + item);
    }

    /** The decisions taken so far for the request, by item. */
    public Map<String, ReviewMark> marks(long requestId) {
        return vault.read(reader -> {
            Map<String, ReviewMark> marks = new LinkedHashMap<>();
            for (ReviewMark mark : reader.query(
                    "SELECT * FROM subject_access_review WHERE request_id = ? ORDER BY item", row -> new ReviewMark(
                            row.getString("item"), ReviewChoice.valueOf(row.getString("decision")),
                            row.getString("reason"), row.getString("decided_by"), Sql.instant(row, "decided_at")),
                    requestId)) {
                marks.put(mark.item(), mark);
            }
            return marks;
        });
    }

    /** The client's latest request, open or not. */
    public Optional<SubjectAccessRequest> latest(long clientId) {
        return vault.read(reader -> reader.queryOne(
                "SELECT * FROM subject_access_request WHERE client_id = ? ORDER BY id DESC LIMIT 1",
                SubjectAccessRepository::request, clientId));
    }

    public List<SubjectAccessRequest> forClient(long clientId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM subject_access_request WHERE client_id = ? ORDER BY id",
                SubjectAccessRepository::request, clientId));
    }

    private static Optional<SubjectAccessRequest> find(Tx tx, long id) throws SQLException {
        return tx.queryOne("SELECT * FROM subject_access_request WHERE id = ?", SubjectAccessRepository::request, id);
    }

    private static SubjectAccessRequest request(ResultSet row) throws SQLException {
        return new SubjectAccessRequest(row.getLong("id"), row.getLong("client_id"), Sql.date(row, "received_on"),
                Sql.date(row, "due_on"), Sql.date(row, "extended_on"), Sql.date(row, "extended_due_on"),
                row.getString("extension_reason"), Sql.date(row, "completed_on"), Sql.longOrNull(row, "task_id"),
                row.getString("recorded_by"));
    }
}
