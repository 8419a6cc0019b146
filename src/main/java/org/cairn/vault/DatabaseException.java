package org.cairn.vault;

/** The database refused a statement; the transaction was rolled back and nothing was written. */
public final class DatabaseException extends VaultException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(java.sql.SQLException cause) {
        super(VaultProblem.DATABASE_REFUSED,
                "The change could not be saved because the casebook database refused it. Nothing was changed.", cause);
    }
}
