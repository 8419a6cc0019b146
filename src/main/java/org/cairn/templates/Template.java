package org.cairn.templates;

import java.util.Objects;

/** A template that passed every check. Build one by parsing; {@link TemplateWriter} turns it back into text. */
public record Template(TemplateHeader header, TemplateBody body) {
    public Template {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        if (header.kind().structured() != (body instanceof StructuredBody)) {
            throw new IllegalArgumentException("a " + header.kind().token() + " has the wrong kind of body");
        }
    }
}
