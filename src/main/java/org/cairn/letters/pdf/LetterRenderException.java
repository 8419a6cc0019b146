package org.cairn.letters.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * A letter cannot be drawn. It carries a {@link LetterRenderProblem} code and arguments the screens word in the
 * chosen language; the message is a plain English sentence for the log and the command line, and holds no case
 * data.
 */
public class LetterRenderException extends RuntimeException {
    private final LetterRenderProblem problem;
    private final transient List<Object> arguments;

    public LetterRenderException(String message) {
        this(LetterRenderProblem.OTHER, message, null);
    }

    public LetterRenderException(String message, Throwable cause) {
        this(LetterRenderProblem.OTHER, message, cause);
    }

    public LetterRenderException(LetterRenderProblem problem, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.problem = problem;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** The code the screens word; {@link LetterRenderProblem#OTHER} when the English message is all there is. */
    public LetterRenderProblem problem() {
        return problem;
    }

    /** Font or script names and language tags for the words; never the letter's text. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }
}
