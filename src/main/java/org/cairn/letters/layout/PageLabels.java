package org.cairn.letters.layout;

import java.util.Objects;

/**
 * How the page number is written, in the letter's language: {@code pattern} holds {@code {n}} and
 * {@code {m}} for this page and the page count, e.g. "Page {n} of {m}" or "Página {n} de {m}".
 */
public record PageLabels(String pattern) {

    public PageLabels {
        Objects.requireNonNull(pattern, "pattern");
    }

    public static PageLabels english() {
        return new PageLabels("Page {n} of {m}");
    }

    /** Just "n / m": readable in any language. */
    public static PageLabels neutral() {
        return new PageLabels("{n} / {m}");
    }

    public String format(int page, int pages) {
        return pattern.replace("{n}", Integer.toString(page)).replace("{m}", Integer.toString(pages));
    }
}
