package org.cairn.transfer;

/** An import that cannot be undone, with why; nothing in the casebook changed (ADR 0043). */
public final class UndoRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code: the use-case layer turns it into words. */
    public enum Reason {
        /** No import with that number, or it was already undone. */
        NO_SUCH_IMPORT,
        /** A case it added was changed here since: undoing would lose that work. */
        CHANGED_SINCE,
        /** A receipt was made for this move: the sender may have removed its copy, so this is the only one. */
        RECEIPT_MADE,
        /** It changed cases that were already here: restore the backup taken before it instead. */
        MERGED,
        /**
         * It was a move: the sender counts the case as this casebook's, so deleting it would leave it counted
         * nowhere. Ask the sender to send it again, or restore the backup taken before it.
         */
        MOVE_IMPORT
    }

    private final Reason reason;

    public UndoRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
