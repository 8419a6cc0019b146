package org.cairn.casebook;

import java.util.Objects;

/**
 * The template a case form starts from, as its full text: the case keeps this copy, so a later version of the
 * template never changes what the case used.
 *
 * @param kind the template kind token, such as {@code safety-plan}
 */
public record FormTemplate(String templateId, int version, String kind, String title, String text) {
    public FormTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
