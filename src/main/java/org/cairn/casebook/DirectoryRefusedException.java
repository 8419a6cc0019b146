package org.cairn.casebook;

/**
 * The directory refused an entry or a change. Still an {@link IllegalArgumentException}, so callers that catch
 * those keep working; the {@link Reason} is the code the screens word in the chosen language, and the English
 * message is for the log and the command line. Neither ever quotes what was typed.
 */
public final class DirectoryRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the directory refused. */
    public enum Reason {
        NAME_NEEDED, COMMA_IN_LIST, NOT_ONE_LINE, NAME_TAKEN, NO_SUCH_ENTRY
    }

    private final Reason reason;

    DirectoryRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
