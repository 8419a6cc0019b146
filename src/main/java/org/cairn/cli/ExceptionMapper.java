package org.cairn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.UnexpectedFailures;
import org.cairn.templates.Printable;
import org.cairn.vault.AlreadyOpenException;
import org.cairn.vault.DamagedException;
import org.cairn.vault.StorageCause;
import org.cairn.vault.StorageFailedException;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.VaultException;
import picocli.CommandLine;

/** Turns any failure into one line on standard error and a documented exit code. Never prints a stack trace. */
final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {
    private final UnexpectedFailures unexpected;

    ExceptionMapper() {
        this(new UnexpectedFailures());
    }

    ExceptionMapper(UnexpectedFailures unexpected) {
        this.unexpected = Objects.requireNonNull(unexpected);
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        int code = exitCode(exception);
        // Messages may quote what was typed or read from a file: never let a control character reach the terminal.
        commandLine.getErr().println("cairn: " + Printable.of(message(exception)));
        commandLine.getErr().flush();
        return code;
    }

    static int exitCode(Exception exception) {
        if (exception instanceof CliFailure failure) {
            return failure.exitCode();
        }
        if (exception instanceof CaseworkException refused) {
            return ProblemWords.exitCode(refused.problem());
        }
        if (exception instanceof UnlockFailedException) {
            return ExitCodes.UNLOCK_FAILED;
        }
        if (exception instanceof DamagedException) {
            return ExitCodes.DAMAGED;
        }
        if (exception instanceof AlreadyOpenException) {
            return ExitCodes.ALREADY_OPEN;
        }
        if (exception instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (exception instanceof StorageFailedException failure) {
            return forCause(failure.storageCause());
        }
        if (exception instanceof UncheckedIOException || exception instanceof IOException) {
            return forCause(StorageCause.of(exception));
        }
        return ExitCodes.FAILED;
    }

    static int forCause(StorageCause cause) {
        return switch (cause) {
            case PERMISSION_DENIED, READ_ONLY -> ExitCodes.NOT_PERMITTED;
            case DISK_FULL -> ExitCodes.DISK_FULL;
            case MISSING, NOT_A_FOLDER, ALREADY_EXISTS -> ExitCodes.USAGE;
            case OTHER -> ExitCodes.FAILED;
        };
    }

    String message(Exception exception) {
        if (exception instanceof CaseworkException refused) {
            return ProblemWords.sentence(refused);
        }
        if (exception instanceof VaultException || exception instanceof CliFailure
                || exception instanceof IllegalArgumentException || exception instanceof SchemaTooNewException) {
            return exception.getMessage();
        }
        if (exception instanceof UncheckedIOException || exception instanceof IOException) {
            // File-system messages name paths, not case data.
            StorageCause cause = StorageCause.of(exception);
            Throwable io = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
            return "could not read or write a file: " + cause.reason() + " (" + io.getMessage() + "); nothing "
                    + "further was changed. " + cause.advice();
        }
        // Unexpected: name the kind of failure and the code it was logged under, never its message (it could quote
        // data).
        return "unexpected error (" + exception.getClass().getSimpleName() + ", code " + unexpected.report(exception)
                + "); nothing further was changed. If it happens again, ask for help and quote the code";
    }
}
