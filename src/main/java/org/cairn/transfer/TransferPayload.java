package org.cairn.transfer;

import java.util.List;
import java.util.Map;

/**
 * What a transfer file carries once decrypted: the sender's intent, its schema version, and one bundle per case.
 * Rows are carried column by column as the sender stored them, without local row numbers; records are linked by
 * their lasting ids (see {@link CaseRows} for which tables travel).
 */
record TransferPayload(TransferKind kind, int schemaVersion, long madeAt, long seenFromReceiver,
        List<CaseBundle> cases, List<String> erasedCases) {
    TransferPayload {
        cases = List.copyOf(cases);
        erasedCases = List.copyOf(erasedCases);
    }

    /**
     * A payload with no erasure notices. {@code erasedCases} (format 3): the lasting ids of cases the sender counted
     * and erased after the receiver had a copy, so the receiver is asked to erase its own (ADR 0057).
     */
    TransferPayload(TransferKind kind, int schemaVersion, long madeAt, long seenFromReceiver,
            List<CaseBundle> cases) {
        this(kind, schemaVersion, madeAt, seenFromReceiver, cases, List.of());
    }

    /**
     * {@code seenFromReceiver}: the number of the latest file from the receiver that the sender had imported when
     * it made this one (0 for none). Records the receiver sent in files up to that number were known to the
     * sender, so one it no longer carries was removed there (ADR 0042).
     */
    TransferPayload(TransferKind kind, int schemaVersion, long madeAt, List<CaseBundle> cases) {
        this(kind, schemaVersion, madeAt, 0, cases);
    }

    /** One case: its rows, in the order they can be inserted, and the sender's audit summary of it. */
    record CaseBundle(List<Row> rows, List<HistoryLine> history) {
        CaseBundle {
            rows = List.copyOf(rows);
            history = List.copyOf(history);
        }

        Row caseRow() {
            return rows.stream().filter(r -> r.table().equals("case_file")).findFirst()
                    .orElseThrow(() -> new TransferRejectedException(TransferRejectedException.Reason.TAMPERED));
        }

        String caseUid() {
            return caseRow().text("uid");
        }

        String reference() {
            return caseRow().text("reference");
        }

        long count(String table) {
            return rows.stream().filter(r -> r.table().equals(table)).count();
        }
    }

    /** One stored row: column name to value (null, Long, Double, String or byte[]). */
    record Row(String table, Map<String, Object> values) {
        String text(String column) {
            return values.get(column) instanceof String s ? s : null;
        }
    }

    /** One line of the sender's audit trail about the case: when, who and what, never the free-text reason. */
    record HistoryLine(long at, String actor, String action) {
    }
}
