package org.cairn.letters;

/** A logo file that cannot be used; the message says why and what to do, and never quotes the file. */
public final class LogoRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as a code the screens word ({@code orgprofile.logo.rejected.<code>}). */
    public enum Reason {
        FILE_TOO_LARGE, TOO_MANY_PIXELS, NOT_A_PICTURE
    }

    private final Reason reason;

    LogoRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
