package org.cairn.casebook;

import java.util.Objects;

/** A template that has passed every check and is about to be stored; {@code sourceText} is kept as given. */
public record NewOrgTemplate(String templateId, int version, String kind, String language, String title,
        String sourceText) {
    public NewOrgTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceText, "sourceText");
        if (version < 1) {
            throw new IllegalArgumentException("a template version is a whole number from 1 up");
        }
    }
}
