package org.cairn.casebook;

import java.time.Instant;
import java.util.Objects;

/**
 * One of the organisation's own templates as stored: the exact text imported (so export gives it back
 * unchanged) and the header values needed to list it. The casebook does not read template text; the templates
 * package validates it before it is stored.
 */
public record OrgTemplate(long id, String templateId, int version, String kind, String language, String title,
        String sourceText, Instant importedAt, String importedBy) {
    public OrgTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceText, "sourceText");
    }
}
