package org.cairn.templates;

import java.util.List;

/**
 * One question or action. {@code choices} is non-empty only for CHOICE items; {@code scores} only in risk
 * checklists; {@code guidance} is empty when there is none.
 */
public record Item(String id, ItemType type, String text, String guidance, List<String> choices,
        List<Score> scores) {
    public Item {
        SingleLine.require(id, "item id");
        SingleLine.require(text, "item text");
        SingleLine.require(guidance, "item guidance");
        java.util.Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        for (String choice : choices) {
            if (SingleLine.require(choice, "choice").isEmpty() || choice.contains("|")) {
                throw new IllegalArgumentException("a choice must be non-empty and cannot contain |");
            }
        }
        scores = List.copyOf(scores);
    }

    /** The points for an answer (0 when that answer scores nothing). */
    public int pointsFor(String answer) {
        return scores.stream().filter(s -> s.answer().equals(answer)).mapToInt(Score::points).findFirst().orElse(0);
    }

    int maximumPoints() {
        return scores.stream().mapToInt(Score::points).max().orElse(0);
    }
}
