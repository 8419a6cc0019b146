package org.cairn.stats;

/** A revision that comparison with an earlier publication could trace to too few cases; nothing was written. */
public final class RevisionRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RevisionRefusedException(String message) {
        super(message);
    }
}
