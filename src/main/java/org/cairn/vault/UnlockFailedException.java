package org.cairn.vault;

/** One message for a wrong secret and for a file that is not a casebook, so neither can be told from the other. */
public final class UnlockFailedException extends VaultException {
    private static final long serialVersionUID = 1L;
    public static final String MESSAGE =
            "The passphrase is wrong, or this is not a Cairn casebook. Check the passphrase and the folder, then try again.";

    public UnlockFailedException() {
        super(VaultProblem.UNLOCK_FAILED, MESSAGE, null);
    }
}
