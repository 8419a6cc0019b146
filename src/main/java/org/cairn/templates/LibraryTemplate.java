package org.cairn.templates;

import java.util.Objects;

/**
 * A template in the library. {@code sourceText} is the text as shipped or as imported, which is what export
 * writes back. Built-ins are read-only: a newer Cairn replaces them.
 */
public record LibraryTemplate(Template template, boolean builtIn, String sourceText) {
    public LibraryTemplate {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(sourceText, "sourceText");
    }

    public TemplateHeader header() {
        return template.header();
    }
}
