package org.cairn.templates;

/**
 * Something wrong in a template file, at a 1-based line and column (columns count Unicode characters, as
 * editors do). The message is a plain sentence that says what to change.
 */
public record Problem(int line, int column, String message) {
    public Problem {
        java.util.Objects.requireNonNull(message, "message");
    }
}
