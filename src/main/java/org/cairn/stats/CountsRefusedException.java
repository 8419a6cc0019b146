package org.cairn.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The counts refused a request, and nothing was written. Still an {@link IllegalArgumentException}, so callers
 * that catch those keep working; the {@link CountsProblem} and its arguments are what the screens word in the
 * chosen language, and the English message is for the log and the command line.
 */
public class CountsRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final CountsProblem problem;
    private final transient List<Object> arguments;

    public CountsRefusedException(CountsProblem problem, String message, Object... arguments) {
        super(message);
        this.problem = problem;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public CountsProblem problem() {
        return problem;
    }

    /** Values the words show (a file name, a quarter, a fingerprint, a number); never case data. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }

    /** The key of a problem's words: {@code counts.file-exists} for {@code FILE_EXISTS}. */
    public static String key(CountsProblem problem) {
        return "counts." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
