package org.cairn.letters.pdf;

/** A letter cannot be drawn; the message is a plain sentence a user can act on and holds no case data. */
public class LetterRenderException extends RuntimeException {

    public LetterRenderException(String message) {
        super(message);
    }

    public LetterRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
