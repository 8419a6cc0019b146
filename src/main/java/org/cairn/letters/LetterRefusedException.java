package org.cairn.letters;

/** Thrown when a letter that is incomplete or stopped by the check is asked to be printed, saved or kept. */
public final class LetterRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LetterRefusedException(String message) {
        super(message);
    }
}
