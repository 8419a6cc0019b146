package org.cairn.casebook;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;

/**
 * Checks the audit chain row by row (ADR 0041). A row with its salt checks its content against its commitment; a
 * row without (its content erased) must hold no content, keep its commitment and name a later erasure row, so an
 * erasure always leaves a record of itself and no row can be quietly blanked. From schema 9 a row also checks its
 * exact time and actor against their own commitment, or, for an anonymised case's row, holds neither (ADR 0058).
 */
final class AuditChainCheck {
    private static final long CHUNK = 5_000;
    static final Set<String> ERASURE_ACTIONS = Set.of(AuditAction.CLIENT_ERASED.name(),
            AuditAction.CASE_ERASED.name(), AuditAction.ERASURE_REAPPLIED.name(),
            AuditAction.CASE_ANONYMISED.name(),
            AuditAction.TRANSFER_MOVED_AWAY.name());

    private static final java.util.regex.Pattern ERASURE_SUBJECT =
            java.util.regex.Pattern.compile("erasure:[0-9a-f]{32} rows:(\\d{1,18})");

    private AuditChainCheck() {
    }

    /** The subject of an erasure row: which erasure, and how many rows it emptied. */
    static String erasureSubject(String erasureId, long rows) {
        return "erasure:" + erasureId + " rows:" + rows;
    }

    static AuditVerification verify(Transactions vault) {
        // A casebook part-way through its schema steps is still chained by the rule of the step it reached.
        AuditChainRule rule = vault.read(AuditChainRule::of);
        boolean legacy = rule == AuditChainRule.LEGACY;
        long expectedId = 1;
        byte[] previous = AuditHash.GENESIS;
        Map<Long, Long> erasureRows = new HashMap<>();
        Map<Long, Long> erasedBy = new TreeMap<>();
        Map<Long, Long> coarsenedBy = new TreeMap<>();
        Map<Long, String> erasureActions = new HashMap<>();
        while (true) {
            long after = expectedId - 1;
            Chunk chunk = vault.read(reader -> readChunk(reader, after, rule));
            if (chunk.rows().isEmpty()) {
                Map<Long, Long> emptied = new HashMap<>();
                erasedBy.values().forEach(by -> emptied.merge(by, 1L, Long::sum));
                for (Map.Entry<Long, Long> erased : erasedBy.entrySet()) {
                    Long claimed = erasureRows.get(erased.getValue());
                    if (claimed == null || !claimed.equals(emptied.get(erased.getValue()))) {
                        return AuditVerification.broken(erased.getKey() - 1, erased.getKey(),
                                AuditVerification.Problem.EDITED);
                    }
                }
                Optional<Long> blanked = AnonymisedRowsCheck.firstNotAnonymised(vault, coarsenedBy, erasureActions,
                        emptied);
                if (blanked.isPresent()) {
                    return AuditVerification.broken(blanked.get() - 1, blanked.get(),
                            AuditVerification.Problem.EDITED);
                }
                return checkHead(chunk.head(), expectedId - 1, previous);
            }
            for (Row row : chunk.rows()) {
                if (row.id() != expectedId) {
                    return AuditVerification.broken(expectedId - 1, expectedId, AuditVerification.Problem.MISSING);
                }
                byte[] commitment = legacy ? null : commitmentOf(row);
                if (!legacy && commitment == null) {
                    return AuditVerification.broken(expectedId - 1, row.id(), AuditVerification.Problem.EDITED);
                }
                byte[] who = rule == AuditChainRule.WHO ? whoCommitmentOf(row) : null;
                if (rule == AuditChainRule.WHO && who == null) {
                    return AuditVerification.broken(expectedId - 1, row.id(), AuditVerification.Problem.EDITED);
                }
                byte[] hash = switch (rule) {
                    case LEGACY -> AuditHash.legacy(previous, row.id(), row.at(), row.actor(), row.action(),
                            row.subject(), row.reason());
                    case CONTENT -> AuditHash.link(previous, row.id(), row.at(), row.actor(), row.action(),
                            commitment);
                    case WHO -> AuditHash.linkV2(previous, row.id(), row.at(), row.action(), who, commitment);
                };
                if (!Arrays.equals(hash, row.hash())) {
                    return AuditVerification.broken(expectedId - 1, row.id(), AuditVerification.Problem.EDITED);
                }
                if (!legacy && row.salt() == null) {
                    erasedBy.put(row.id(), row.erasedBy());
                }
                if (rule == AuditChainRule.WHO && row.whoSalt() == null) {
                    coarsenedBy.put(row.id(), row.erasedBy());
                }
                if (ERASURE_ACTIONS.contains(row.action()) && row.subject() != null) {
                    erasureActions.put(row.id(), row.action());
                    java.util.regex.Matcher claim = ERASURE_SUBJECT.matcher(row.subject());
                    erasureRows.put(row.id(), claim.matches() ? Long.parseLong(claim.group(1)) : -1L);
                }
                previous = hash;
                expectedId++;
            }
        }
    }

    /** The commitment the row's hash must include, or null when the row cannot be right. */
    private static byte[] commitmentOf(Row row) {
        if (row.commitment() == null || row.commitment().length != AuditHash.BYTES) {
            return null;
        }
        if (row.salt() != null) {
            byte[] computed = AuditHash.commitment(row.salt(), row.subject(), row.reason());
            return Arrays.equals(computed, row.commitment()) ? computed : null;
        }
        boolean erasedProperly = row.subject() == null && row.reason() == null && row.erasedBy() != null
                && row.erasedBy() > row.id();
        return erasedProperly ? row.commitment() : null;
    }

    /**
     * The who-and-when commitment the row's hash must include, or null when the row cannot be right. Without its
     * salt (an anonymised case's row) the row keeps only the quarter's first instant and no actor, and its content
     * must have gone under a named erasure too, so no row loses its actor quietly or keeps a hidden exact time.
     */
    private static byte[] whoCommitmentOf(Row row) {
        if (row.whoCommitment() == null || row.whoCommitment().length != AuditHash.BYTES) {
            return null;
        }
        if (row.whoSalt() != null) {
            byte[] computed = AuditHash.whoCommitment(row.whoSalt(), row.at(), row.actor());
            return Arrays.equals(computed, row.whoCommitment()) ? computed : null;
        }
        boolean coarsened = row.salt() == null && "".equals(row.actor())
                && row.at() == AuditHash.quarterStart(row.at());
        return coarsened ? row.whoCommitment() : null;
    }

    private static AuditVerification checkHead(Optional<AuditTrail.Head> head, long lastId, byte[] lastHash) {
        if (head.isEmpty()) {
            return lastId == 0 ? AuditVerification.ok(0)
                    : AuditVerification.broken(lastId, lastId, AuditVerification.Problem.TRUNCATED);
        }
        AuditTrail.Head h = head.get();
        if (h.lastId() != lastId || !Arrays.equals(h.lastHash(), lastHash)) {
            return AuditVerification.broken(lastId, Math.min(h.lastId(), lastId) + 1,
                    AuditVerification.Problem.TRUNCATED);
        }
        return AuditVerification.ok(lastId);
    }

    private static Chunk readChunk(Reader reader, long afterId, AuditChainRule rule) throws SQLException {
        String erasable = switch (rule) {
            case LEGACY -> "NULL, NULL, NULL, NULL, NULL";
            case CONTENT -> "salt, commitment, erased_by, NULL, NULL";
            case WHO -> "salt, commitment, erased_by, who_salt, who_commitment";
        };
        List<Row> rows = reader.query("SELECT id, at, actor, action, subject, reason, hash, " + erasable
                + " FROM audit WHERE id > ? ORDER BY id LIMIT ?",
                row -> new Row(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBytes(7), row.getBytes(8), row.getBytes(9),
                        row.getObject(10) == null ? null : row.getLong(10), row.getBytes(11), row.getBytes(12)),
                afterId, CHUNK);
        Optional<AuditTrail.Head> head = reader.queryOne("SELECT last_id, last_hash FROM audit_head WHERE one = 1",
                row -> new AuditTrail.Head(row.getLong(1), row.getBytes(2)));
        return new Chunk(rows, head);
    }

    private record Row(long id, long at, String actor, String action, String subject, String reason, byte[] hash,
            byte[] salt, byte[] commitment, Long erasedBy, byte[] whoSalt, byte[] whoCommitment) {
    }

    private record Chunk(List<Row> rows, Optional<AuditTrail.Head> head) {
    }
}
