package org.cairn.transfer;

/** A case that cannot be sent as a move, with why; nothing was written (ADR 0043, addendum). */
public final class MoveRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code: the use-case layer turns it into words. */
    public enum Reason {
        /** The case is under a legal hold: lift it first, or share the case instead. */
        ON_HOLD,
        /** The case has kept letters or MARAC decisions, which do not travel yet: share it instead. */
        RECORDS_STAY,
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
