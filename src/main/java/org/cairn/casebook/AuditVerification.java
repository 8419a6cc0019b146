package org.cairn.casebook;

import java.util.OptionalLong;

/**
 * Result of checking the audit chain.
 *
 * @param rowsChecked rows whose hash matched before the first problem
 * @param firstBrokenRow id of the first row that is edited or missing; empty when the chain is whole
 */
public record AuditVerification(long rowsChecked, OptionalLong firstBrokenRow, Problem problem) {
    public enum Problem {
        NONE,
        /** A row's content or hash does not match the chain. */
        EDITED,
        /** A row id is missing: a row was removed from the middle. */
        MISSING,
        /** Rows were removed from the end, or the head record was altered. */
        TRUNCATED
    }

    static AuditVerification ok(long rows) {
        return new AuditVerification(rows, OptionalLong.empty(), Problem.NONE);
    }

    static AuditVerification broken(long rows, long rowId, Problem problem) {
        return new AuditVerification(rows, OptionalLong.of(rowId), problem);
    }

    public boolean isOk() {
        return problem == Problem.NONE;
    }
}
