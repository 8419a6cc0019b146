package org.cairn.transfer;

/** A transfer file that cannot be used, with why; nothing in the receiving casebook changed. */
public final class TransferRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code: the use-case layer turns it into words. */
    public enum Reason {
        /** Not a Cairn transfer file at all (or cut short before its header ends). */
        NOT_A_TRANSFER,
        /** Made by a version of Cairn with another file format or schema. */
        OTHER_VERSION,
        /** Encrypted to another casebook. */
        OTHER_RECIPIENT,
        /** From a casebook this one is not paired with. */
        UNKNOWN_SENDER,
        /** Changed or damaged since it was signed (signature, encryption or contents do not check). */
        TAMPERED,
        /** Already imported: importing it again would change nothing. */
        REPLAYED,
        /** Larger than any transfer Cairn makes. */
        TOO_LARGE,
        /** Carries a client or case that was erased from this casebook (ADR 0043). */
        ERASED_HERE,
        /** Fields changed on both sides that the advocate has not yet chosen between (ADR 0042). */
        CONFLICTS_UNRESOLVED,
        /** A choice names a conflict or removal that this file does not have: most likely a typing mistake. */
        RESOLUTION_UNKNOWN,
        /** Carries a case restricted here, or another case of its client (ADR 0042 addendum). */
        CASE_RESTRICTED
    }

    private final Reason reason;

    public TransferRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
