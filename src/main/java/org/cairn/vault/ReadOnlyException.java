package org.cairn.vault;

/** A change was asked of a casebook opened read-only. Nothing was changed. */
public final class ReadOnlyException extends VaultException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyException(String reason) {
        super(VaultProblem.READ_ONLY, "The casebook is open read-only (" + reason + "), so nothing can be changed. Everything in it can "
                + "still be read, searched and backed up.", null);
    }
}
