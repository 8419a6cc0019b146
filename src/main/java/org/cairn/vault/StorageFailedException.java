package org.cairn.vault;

/**
 * The disk refused a read or write (full, removed, read-only, not permitted). The change that triggered it was not
 * kept. The message names the cause and what to do about that cause.
 */
public final class StorageFailedException extends VaultException {
    private static final long serialVersionUID = 1L;
    private final StorageCause storageCause;

    public StorageFailedException(String action, Throwable cause) {
        this(action, cause, StorageCause.of(cause));
    }

    private StorageFailedException(String action, Throwable cause, StorageCause storageCause) {
        super(VaultProblem.STORAGE_FAILED, "Could not " + action + ": " + storageCause.reason() + " ("
                + describe(cause) + "). Changes confirmed before this are safe. " + storageCause.advice(), cause,
                storageCause.name());
        this.storageCause = storageCause;
    }

    public StorageCause storageCause() {
        return storageCause;
    }

    private static String describe(Throwable cause) {
        String reason = cause.getMessage();
        // File-system messages name paths, not case data; keep them short.
        return reason == null ? cause.getClass().getSimpleName() : reason;
    }
}
