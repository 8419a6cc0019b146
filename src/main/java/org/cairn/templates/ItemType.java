package org.cairn.templates;

import java.util.List;

/** The kinds of answer an item in a plan or checklist takes. */
public enum ItemType {
    TICK(List.of("ticked")),
    YES_NO_UNKNOWN(List.of("yes", "no", "unknown")),
    SHORT_TEXT(List.of()),
    LONG_TEXT(List.of()),
    CHOICE(List.of()),
    DATE(List.of());

    private final List<String> fixedAnswers;

    ItemType(List<String> fixedAnswers) {
        this.fixedAnswers = fixedAnswers;
    }

    /** Answers a score line may name; for CHOICE they are the item's own choices, for text and dates none. */
    public List<String> scorableAnswers(List<String> choices) {
        return this == CHOICE ? choices : fixedAnswers;
    }

    public String token() {
        return Tokens.of(this);
    }
}
