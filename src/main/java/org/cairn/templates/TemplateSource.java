package org.cairn.templates;

import java.util.Objects;

/** A file offered for import: its name (for messages only) and its bytes. */
public record TemplateSource(String name, byte[] bytes) {
    public TemplateSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
