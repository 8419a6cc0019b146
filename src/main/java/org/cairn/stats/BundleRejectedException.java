package org.cairn.stats;

/** A bundle or key file that cannot be used. The message says why in a plain sentence and what to do next. */
public final class BundleRejectedException extends CountsRefusedException {
    private static final long serialVersionUID = 1L;

    public BundleRejectedException(CountsProblem problem, String message, Object... arguments) {
        super(problem, message, arguments);
    }
}
