package org.cairn.ui.common;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.UnexpectedFailures;
import org.cairn.stats.CountsRefusedException;
import org.cairn.vault.VaultException;
import org.cairn.vault.VaultProblem;

/**
 * Turns a failure into a plain sentence. A use case's refusal, a storage problem and a refusal of the counts
 * arrive as codes and become
 * words here; the schema-version message is written for people; anything else is logged under a short code (without its message,
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
        if (failure instanceof CountsRefusedException counts) {
            return messages.format(CountsRefusedException.key(counts.problem()), counts.arguments().toArray());
        }
        if (failure instanceof org.cairn.vault.InputRefusedException input) {
            return messages.format(input.key(), input.arguments().toArray());
        }
        if (failure instanceof VaultException vault && vault.problem() != VaultProblem.OTHER) {
            return messages.format(key(vault.problem()), vault.arguments().toArray());
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

    /** The key of a storage problem's words: {@code vault.already-open} for {@code ALREADY_OPEN}. */
    public static String key(VaultProblem problem) {
        return "vault." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
