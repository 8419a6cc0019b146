package org.cairn.vault;

import java.util.Arrays;
import java.util.List;

/**
 * Base of every storage failure. It carries a {@link VaultProblem} code and its arguments, which the screens word
 * in the chosen language; the message is English, for the log and the command line, and never carries case data.
 */
public class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final VaultProblem problem;
    private final transient List<Object> arguments;

    public VaultException(String message) {
        this(VaultProblem.OTHER, message, null);
    }

    public VaultException(String message, Throwable cause) {
        this(VaultProblem.OTHER, message, cause);
    }

    public VaultException(VaultProblem problem, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.problem = problem;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public VaultProblem problem() {
        return problem;
    }

    /** Values the words for the problem show (a file name, a position, a number); never case data. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }
}
