package org.cairn.vault;

/** Base of every storage failure. Messages are written for the person at the keyboard and never carry case data. */
public class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
