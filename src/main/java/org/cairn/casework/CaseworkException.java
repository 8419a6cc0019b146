package org.cairn.casework;

import java.util.List;
import java.util.Objects;

/**
 * A use case that refused or could not finish, carried as a {@link Problem} and its arguments. The exception's own
 * message is the code alone, so a log line or stack trace never carries what the advocate typed.
 */
public final class CaseworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;
    private final transient List<Object> arguments;

    public CaseworkException(Problem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    public CaseworkException(Problem problem, Throwable cause, Object... arguments) {
        super(Objects.requireNonNull(problem).name(), cause);
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** Values the words for the problem may show (a limit, an action's code); never free text typed by a user. */
    public List<Object> arguments() {
        return arguments;
    }
}
