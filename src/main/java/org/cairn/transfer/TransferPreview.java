package org.cairn.transfer;

import java.util.List;

/**
 * What importing a transfer file would do, worked out before anything changes: who sent it, and for each case
 * whether it is new here, already here with nothing new, or already here with changes, and for those what the
 * merge would do ({@link MergePreview}: changes, conflicts to resolve, removals on one side).
 */
public record TransferPreview(String senderName, String senderFingerprint, long sequence, TransferKind kind,
        List<CasePreview> cases, MergePreview merge, List<String> erasureAsked) {
    public TransferPreview {
        cases = List.copyOf(cases);
        merge = merge == null ? MergePreview.nothing() : merge;
        erasureAsked = List.copyOf(erasureAsked);
    }

    /**
     * A preview with no erasure requests. {@code erasureAsked}: references of cases here that the sender counts and
     * has erased; importing never erases them, it asks the people here to (ADR 0057).
     */
    public TransferPreview(String senderName, String senderFingerprint, long sequence, TransferKind kind,
            List<CasePreview> cases, MergePreview merge) {
        this(senderName, senderFingerprint, sequence, kind, cases, merge, List.of());
    }

    public TransferPreview(String senderName, String senderFingerprint, long sequence, TransferKind kind,
            List<CasePreview> cases) {
        this(senderName, senderFingerprint, sequence, kind, cases, MergePreview.nothing());
    }

    public enum Status {
        /** Not in this casebook: importing adds it. */
        NEW,
        /** Already here, and this casebook has seen every change the file carries. */
        UNCHANGED,
        /** Already here, and the file carries changes this casebook has not seen: merged (ADR 0042). */
        UPDATED
    }

    /**
     * One case in the file: its reference at the sender, the reference it would have here (another when that one
     * is taken), its status, and how many notes it carries.
     */
    public record CasePreview(String reference, String referenceHere, Status status, long notes) {
    }

    public long count(Status status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }
}
