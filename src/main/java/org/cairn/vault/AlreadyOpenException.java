package org.cairn.vault;

/** The OS lock on casebook.lock is held by another process (or another window of this one). */
public final class AlreadyOpenException extends VaultException {
    private static final long serialVersionUID = 1L;
    public static final String MESSAGE = "casebook is open in another Cairn window";

    public AlreadyOpenException() {
        super(VaultProblem.ALREADY_OPEN, MESSAGE, null);
    }
}
