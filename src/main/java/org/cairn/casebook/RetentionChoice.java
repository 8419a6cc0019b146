package org.cairn.casebook;

/** What was decided for a case whose retention period ended. Stored by name. */
public enum RetentionChoice {
    /** Kept until a later date, for a reason; the case comes back to the queue then. */
    KEEP,
    /** Everything about the case is to be removed. */
    ERASE,
    /** The case is to be reduced to the coded fields that counts use, with nothing that identifies her. */
    ANONYMISE
}
