package org.cairn.transfer;

/** A move receipt that cannot be used, with why; nothing in the casebook changed (ADR 0043). */
public final class ReceiptRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code: the use-case layer turns it into words. */
    public enum Reason {
        /** Not a Cairn move receipt at all, or cut short. */
        NOT_A_RECEIPT,
        /** Made for another casebook. */
        OTHER_RECIPIENT,
        /** Signed by a casebook this one is not paired with. */
        UNKNOWN_SENDER,
        /** Changed or damaged since it was signed. */
        TAMPERED,
        /** Already confirmed: the cases it names are closed stubs here. */
        REPLAYED,
        /** Names cases this casebook did not send as that move (or a transfer file that was not a move). */
        NOT_AWAITED,
        /** A case was changed here after it was sent; the receiver lacks those changes. */
        CHANGED_SINCE_SENT,
        /** (Receiving side) the transfer file was not imported here, or its import was undone. */
        NOT_IMPORTED,
        /** (Receiving side) the transfer file was a share, not a move: there is nothing to confirm. */
        NOT_A_MOVE
    }

    private final Reason reason;

    public ReceiptRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
