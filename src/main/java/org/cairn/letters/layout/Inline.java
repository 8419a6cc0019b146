package org.cairn.letters.layout;

import java.util.Objects;

/** A run of text with one style. Text is always plain: it is never parsed as markup. */
public record Inline(String text, boolean bold, boolean italic) {

    public Inline {
        Objects.requireNonNull(text, "text");
    }

    public static Inline plain(String text) {
        return new Inline(text, false, false);
    }

    public static Inline bold(String text) {
        return new Inline(text, true, false);
    }

    public static Inline italic(String text) {
        return new Inline(text, false, true);
    }
}
