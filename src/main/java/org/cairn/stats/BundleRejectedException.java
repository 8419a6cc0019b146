package org.cairn.stats;

/** A bundle or key file that cannot be used. The message says why in a plain sentence and what to do next. */
public final class BundleRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BundleRejectedException(String message) {
        super(message);
    }
}
