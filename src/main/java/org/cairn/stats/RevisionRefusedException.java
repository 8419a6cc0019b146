package org.cairn.stats;

/** A revision that comparison with an earlier publication could trace to too few cases; nothing was written. */
public final class RevisionRefusedException extends CountsRefusedException {
    private static final long serialVersionUID = 1L;

    RevisionRefusedException(CountsProblem problem, String message, Object... arguments) {
        super(problem, message, arguments);
    }
}
