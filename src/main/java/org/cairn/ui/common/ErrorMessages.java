package org.cairn.ui.common;

import java.io.UncheckedIOException;
import java.util.Objects;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.UnexpectedFailures;
import org.cairn.vault.VaultException;

/**
 * Turns a failure into a plain sentence. A use case's refusal arrives as a code and becomes words here; vault and
 * schema-version messages are written for people; anything else is logged under a short code (without its message,
 * which could quote case data) and shown with that code for the advocate to quote.
 */
public final class ErrorMessages {
    private final Messages messages;
    private final UnexpectedFailures unexpected;

    public ErrorMessages(Messages messages) {
        this(messages, new UnexpectedFailures());
    }

    public ErrorMessages(Messages messages, UnexpectedFailures unexpected) {
        this.messages = Objects.requireNonNull(messages);
        this.unexpected = Objects.requireNonNull(unexpected);
    }

    public String describe(Throwable failure) {
        if (failure instanceof CaseworkException refused) {
            return messages.format(refused.problem().messageKey(refused.arguments()), refused.arguments().toArray());
        }
        if ((failure instanceof VaultException || failure instanceof SchemaTooNewException
                || failure instanceof org.cairn.casebook.SearchTooLongException)
                && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException) {
            return messages.get("error.storage");
        }
        return messages.format("error.unexpected", unexpected.report(failure));
    }
}
