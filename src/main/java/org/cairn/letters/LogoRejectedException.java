package org.cairn.letters;

/** A logo file that cannot be used; the message says why and what to do, and never quotes the file. */
public final class LogoRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LogoRejectedException(String message) {
        super(message);
    }
}
