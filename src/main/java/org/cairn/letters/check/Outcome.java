package org.cairn.letters.check;

/** What one finding means for the letter. */
public enum Outcome {
    /** The letter cannot go; nothing the advocate types changes that. */
    BLOCKED,
    /** The template cannot be used by this organisation at all. */
    UNAVAILABLE,
    /** The letter can go only after the advocate confirms with a reason. */
    NEEDS_REASON,
    /** The advocate gave a reason; the letter may go and the reason is audited. */
    CONFIRMED,
    /** The letter may go; the advocate should read this first. */
    WARNING;

    /** True when the letter cannot be printed or saved with this finding. */
    public boolean stops() {
        return this == BLOCKED || this == UNAVAILABLE || this == NEEDS_REASON;
    }
}
