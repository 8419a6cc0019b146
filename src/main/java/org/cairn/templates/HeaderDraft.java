package org.cairn.templates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Header values as they are read: each field present only when its value was valid, with the line it was on. */
final class HeaderDraft {
    final Map<HeaderField, Integer> lines = new EnumMap<>(HeaderField.class);
    String id;
    Integer version;
    String title;
    TemplateKind kind;
    String language;
    RecipientKind recipient;
    ConsentNeed consent;
    Set<SensitivityClass> sensitive;
    Boolean requiresOisc;
    String source;
    LocalDate lastChecked;
    TranslationStatus translation;
    /** Index into the file's lines of the first body line, or -1 when the header never ended. */
    int bodyStart = -1;
    /** Line number of the --- line, or of the last line when there is none. */
    int separatorLine;

    int lineOf(HeaderField field) {
        return lines.getOrDefault(field, separatorLine);
    }

    Optional<TemplateHeader> build() {
        if (id == null || version == null || title == null || kind == null || language == null
                || recipient == null || consent == null || sensitive == null || requiresOisc == null
                || source == null || lastChecked == null || translation == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateHeader(id, version, title, kind, language, recipient, consent, sensitive,
                requiresOisc, source, lastChecked, translation));
    }
}
