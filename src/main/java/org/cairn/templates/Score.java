package org.cairn.templates;

/** In a risk checklist: giving {@code answer} to an item adds {@code points} to the total. */
public record Score(String answer, int points) {
    public Score {
        SingleLine.require(answer, "scored answer");
    }
}
