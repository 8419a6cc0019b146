package org.cairn.casebook;

import java.time.Instant;

/** One version of a note's text, as it was written by {@code author} at {@code at}. */
public record NoteVersion(int version, Instant at, String author, String text) {
}
