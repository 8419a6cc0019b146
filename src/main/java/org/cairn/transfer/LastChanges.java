package org.cairn.transfer;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.transfer.MergePreview.LastChange;
import org.cairn.transfer.TransferPayload.HistoryLine;
import org.cairn.vault.Reader;

/**
 * Who last changed a conflicting record on each side, and when (ADR 0057). Neither casebook keeps who changed one
 * field: a record carries only a count of changes per casebook, and the audit lines (the sender's summary too) say
 * what kind of action was done, not to which field or record. So each side shows its latest audit line of an
 * action that changes that kind of record (her details, the case's details, a task, a consent...), the change
 * that made the conflicting value or a later one of the same kind; with no such line, its latest change to the
 * case at all.
 */
final class LastChanges {
    private static final Map<String, Set<String>> ACTIONS = Map.of(
            "client", Set.of("CLIENT_CREATED", "CLIENT_UPDATED", "RECTIFIED"),
            "case_file", Set.of("CASE_OPENED", "CASE_UPDATED", "CASE_CLOSED", "CASE_REOPENED"),
            "task", Set.of("TASK_ADDED", "TASK_DONE", "TASK_REOPENED"),
            "consent", Set.of("CONSENT_RECORDED", "CONSENT_OVERRIDE"),
            "client_abuser", Set.of("ABUSER_RECORDED"),
            "client_blocked_recipient", Set.of("BLOCKED_RECIPIENT_ADDED", "BLOCKED_RECIPIENT_REMOVED"),
            "case_form", Set.of("FORM_STARTED", "FORM_SAVED", "FORM_COMPLETED", "FORM_REOPENED"),
            "referral", Set.of("REFERRAL_MADE", "REFERRAL_OUTCOME"));

    private final Reader reader;
    private final String reference;
    private final long clientId;
    private final List<HistoryLine> history;
    private final Map<String, LastChange[]> byTable = new HashMap<>();

    LastChanges(Reader reader, String reference, long clientId, List<HistoryLine> history) {
        this.reader = reader;
        this.reference = reference;
        this.clientId = clientId;
        this.history = history;
    }

    /** {here, there} for a record of {@code table}; either is null when that side has no line about the case. */
    LastChange[] of(String table) throws SQLException {
        LastChange[] known = byTable.get(table);
        if (known == null) {
            Set<String> kinds = ACTIONS.getOrDefault(table, Set.of());
            LastChange ours = kinds.isEmpty() ? null : ours(kinds);
            LastChange theirs = kinds.isEmpty() ? null : theirs(kinds);
            known = new LastChange[] {ours != null ? ours : ours(Set.of()), theirs != null ? theirs : theirs(Set.of())};
            byTable.put(table, known);
        }
        return known;
    }

    /** The latest line of this casebook's audit about the case or its client of one of {@code kinds} (empty: any). */
    private LastChange ours(Set<String> kinds) throws SQLException {
        List<LastChange> latest = reader.query("""
                SELECT actor, at, action FROM audit
                WHERE (subject = ? OR subject LIKE ? ESCAPE '\\' OR subject = ?)
                  AND action NOT LIKE 'TRANSFER\\_%' ESCAPE '\\'
                ORDER BY id DESC""", r -> kinds.isEmpty() || kinds.contains(r.getString(3))
                        ? new LastChange(r.getString(1), Instant.ofEpochMilli(r.getLong(2))) : null,
                reference, reference + " %", "client:" + clientId);
        return latest.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private LastChange theirs(Set<String> kinds) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryLine line = history.get(i);
            if (!line.action().startsWith("TRANSFER_") && (kinds.isEmpty() || kinds.contains(line.action()))) {
                return new LastChange(line.actor(), Instant.ofEpochMilli(line.at()));
            }
        }
        return null;
    }
}
