package org.cairn.ui.common;

import java.io.UncheckedIOException;
import java.util.Objects;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.vault.VaultException;

/**
 * Turns a failure into a plain sentence. Vault and schema-version messages are written for people; anything else
 * gets a generic one, because its message could quote case data.
 */
public final class ErrorMessages {
    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public String describe(Throwable failure) {
        if ((failure instanceof VaultException || failure instanceof SchemaTooNewException
                || failure instanceof org.cairn.casebook.SearchTooLongException)
                && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException) {
            return messages.get("error.storage");
        }
        return messages.get("error.unexpected");
    }
}
