package org.cairn.casebook;

import java.time.Instant;

/** A letter kept in a case file, without its PDF bytes (read those with {@link LetterRepository#pdf}). */
public record KeptLetter(long id, long caseId, String templateId, int templateVersion, String language,
        String recipientName, String recipientKind, String subject, LetterDisposition disposition, Instant madeAt,
        String madeBy) {
}
