package org.cairn.casebook;

/** Normalising of optional free text: a value that is only spaces was not recorded. */
final class Text {
    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be empty");
        }
        return value.strip();
    }
}
