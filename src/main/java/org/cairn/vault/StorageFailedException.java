package org.cairn.vault;

/** The disk refused a read or write (full, removed, read-only). The change that triggered it was not kept. */
public final class StorageFailedException extends VaultException {
    private static final long serialVersionUID = 1L;

    public StorageFailedException(String action, Throwable cause) {
        super("Could not " + action + ": " + describe(cause)
                + ". Changes confirmed before this are safe. Free some disk space or check the drive, then try again.", cause);
    }

    private static String describe(Throwable cause) {
        String reason = cause.getMessage();
        // File-system messages name paths, not case data; keep them short.
        return reason == null ? cause.getClass().getSimpleName() : reason;
    }
}
