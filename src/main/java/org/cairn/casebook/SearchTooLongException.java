package org.cairn.casebook;

/** A search longer than {@link SearchQuery}'s limits; the message is a sentence for the person who typed it. */
public final class SearchTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SearchTooLongException(String message) {
        super(message);
    }
}
