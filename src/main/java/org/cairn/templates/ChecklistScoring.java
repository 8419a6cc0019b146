package org.cairn.templates;

import java.util.Map;
import java.util.Optional;

/**
 * The scoring rule of docs/TEMPLATES.md: the total is the sum of the points of every answer given, and the level
 * is that of the highest threshold whose number is not above the total.
 */
public final class ChecklistScoring {
    /** {@code answers} maps item ids to answers as stored: {@code ticked}, {@code yes}, a choice's text. */
    public ChecklistResult score(StructuredBody body, Map<String, String> answers) {
        int total = 0;
        for (Section section : body.sections()) {
            for (Item item : section.items()) {
                String answer = answers.get(item.id());
                if (answer != null) {
                    total += item.pointsFor(answer);
                }
            }
        }
        return new ChecklistResult(total, thresholdFor(body, total));
    }

    public Optional<Threshold> thresholdFor(StructuredBody body, int total) {
        Threshold reached = null;
        for (Threshold threshold : body.thresholds()) {
            if (threshold.minimum() <= total) {
                reached = threshold;
            }
        }
        return Optional.ofNullable(reached);
    }
}
