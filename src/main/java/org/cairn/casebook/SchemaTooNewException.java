package org.cairn.casebook;

/** The casebook was written by a newer Cairn; opening it here could damage it. */
public final class SchemaTooNewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException() {
        super("This casebook was made by a newer version of Cairn. Install the newer version to open it.");
    }
}
