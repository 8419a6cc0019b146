package org.cairn.templates;

import java.util.Objects;

/**
 * Markdown with {@code {{placeholders}}}, kept exactly as written except that blank lines at its start and end
 * are dropped. Rendering and filling in belong to the letters package.
 */
public record MarkdownBody(String text) implements TemplateBody {
    public MarkdownBody {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("body lines end with LF only");
        }
    }
}
