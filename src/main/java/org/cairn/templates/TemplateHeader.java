package org.cairn.templates;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a template says about itself before its body.
 *
 * @param language a well-formed BCP 47 tag in canonical case, such as {@code en-GB}
 * @param sensitive the field classes a filled-in copy may carry; placeholders of other classes are refused
 * @param requiresOisc true when only an organisation with OISC registration or solicitor supervision may use it
 * @param source where the facts come from, in words a reviewer can follow up
 */
public record TemplateHeader(String id, int version, String title, TemplateKind kind, String language,
        RecipientKind recipient, ConsentNeed consent, Set<SensitivityClass> sensitive, boolean requiresOisc,
        String source, LocalDate lastChecked, TranslationStatus translation) {
    public TemplateHeader {
        SingleLine.require(id, "id");
        SingleLine.require(title, "title");
        SingleLine.require(language, "language");
        SingleLine.require(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(lastChecked, "lastChecked");
        Objects.requireNonNull(translation, "translation");
        sensitive = sensitive.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sensitive));
    }
}
