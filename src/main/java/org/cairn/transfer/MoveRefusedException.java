package org.cairn.transfer;

/** A case that cannot be sent as a move, with why; nothing was written (ADR 0043, addendum). */
public final class MoveRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code: the use-case layer turns it into words. */
    public enum Reason {
        /** A move of it to another casebook awaits its receipt: send it again only to that casebook. */
        AWAITING_OTHER
    }

    private final Reason reason;

    public MoveRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
