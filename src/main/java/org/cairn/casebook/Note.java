package org.cairn.casebook;

import java.time.Instant;

/**
 * The current version of a note.
 *
 * @param writtenAt when the note was first written
 * @param version 1 for an unedited note, increased by every edit
 * @param editedAt time of the latest edit, or null if never edited
 */
public record Note(long id, long caseId, Instant writtenAt, String author, String text, int version,
        Instant editedAt, String editedBy) {
}
