package org.cairn.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The header fields, in the order a canonical file writes them. Every one is required. */
enum HeaderField {
    FORMAT("cairn-template"), ID("id"), VERSION("version"), TITLE("title"), KIND("kind"), LANGUAGE("language"),
    RECIPIENT("recipient"), CONSENT("consent"), SENSITIVE("sensitive"), REQUIRES_OISC("requires-oisc"),
    SOURCE("source"), LAST_CHECKED("last-checked"), TRANSLATION("translation");

    private final String key;

    HeaderField(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<HeaderField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(HeaderField::key).toList();
    }
}
