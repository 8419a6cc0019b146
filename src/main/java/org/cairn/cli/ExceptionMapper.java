package org.cairn.cli;

import org.cairn.casebook.SchemaTooNewException;
import org.cairn.templates.Printable;
import org.cairn.vault.AlreadyOpenException;
import org.cairn.vault.DamagedException;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.VaultException;
import picocli.CommandLine;

/** Turns any failure into one line on standard error and a documented exit code. Never prints a stack trace. */
final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {
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
        return ExitCodes.FAILED;
    }

    private static String message(Exception exception) {
        if (exception instanceof VaultException || exception instanceof CliFailure
                || exception instanceof IllegalArgumentException || exception instanceof SchemaTooNewException) {
            return exception.getMessage();
        }
        // Unexpected: name the kind of failure only; its message could quote data.
        return "unexpected error (" + exception.getClass().getSimpleName() + "); nothing further was changed";
    }
}
