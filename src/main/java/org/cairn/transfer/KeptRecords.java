package org.cairn.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.vault.Tx;

/**
 * Records kept with a case that have no lasting id of their own (ADR 0057): MARAC decisions and kept letters (with
 * their PDF), which are only ever added, and the case's legal hold, of which a case has at most one. A decision or
 * letter is named by a digest of its content and its case's lasting id, so the same record sent twice, in any
 * order and by either casebook, is recognised and never added twice. A hold is the same hold whatever its wording:
 * a case here that has one keeps its own.
 */
final class KeptRecords {
    static final Set<String> TABLES = Set.of("marac_decision", "letter", "retention_hold");
    private static final String HOLD = "retention_hold";
    private static final String DOMAIN = "cairn kept record v1";

    private KeptRecords() {
    }

    static boolean isKept(String table) {
        return TABLES.contains(table);
    }

    /**
     * SHA-256, in lower-case hex, over: the text {@code cairn kept record v1}, the case's lasting id and the table
     * name (each as a payload string), then the row's carried columns in code-point order of their names, encoded
     * as a payload row's columns (docs/FORMAT.md).
     */
    static String digest(String caseUid, Row row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {DOMAIN, caseUid, row.table()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            sha.update(PayloadCodec.encodeColumns(new TreeMap<>(row.values())));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** What makes two rows the same record in either casebook: the digest, or for a hold, being the case's hold. */
    static String key(String caseUid, Row row) {
        return row.table().equals(HOLD) ? HOLD : row.table() + "|" + digest(caseUid, row);
    }

    /** How the preview names it: {@code marac-decision-1a2b3c4d}, {@code letter-1a2b3c4d} or {@code legal-hold}. */
    static String label(String caseUid, Row row) {
        return switch (row.table()) {
            case HOLD -> "legal-hold";
            case "marac_decision" -> "marac-decision-" + digest(caseUid, row).substring(0, 8);
            default -> "letter-" + digest(caseUid, row).substring(0, 8);
        };
    }

    /** Adds one record to the case here; a decision's form is linked when that form is here. */
    static void append(Tx tx, Row row, long caseId) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(row.values());
        values.put("case_id", caseId);
        CaseRows.linkHere(tx, row.table(), values, Map.of());
        TransferImport.insert(tx, row.table(), values);
    }

    /** The audit row a hold placed here leaves, as placing it on its own would; no reason is copied into it. */
    static void auditHold(Tx tx, org.cairn.casebook.AuditTrail audit, String reference) throws SQLException {
        audit.append(tx, org.cairn.casebook.AuditAction.LEGAL_HOLD_PLACED, reference, "arrived by transfer");
    }

    static boolean isHold(Row row) {
        return row.table().equals(HOLD);
    }
}
