package org.cairn.casebook;

import java.time.Instant;
import java.util.Map;

/**
 * One saved state of a case form: the answers by item id (unanswered items are absent) and, for a checklist,
 * the score it had when saved.
 */
public record FormVersion(long formId, int version, Instant savedAt, String savedBy, Integer score,
        Map<String, String> answers) {
    public FormVersion {
        answers = Map.copyOf(answers);
    }
}
