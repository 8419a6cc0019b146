package org.cairn.templates;

/** Whether the wording was written in this language or translated, and whether a fluent speaker checked it. */
public enum TranslationStatus {
    ORIGINAL, NEEDS_REVIEW, REVIEWED;

    public String token() {
        return Tokens.of(this);
    }
}
