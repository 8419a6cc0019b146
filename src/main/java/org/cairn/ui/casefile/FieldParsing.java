package org.cairn.ui.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small helpers for the free-text fields of the forms. */
final class FieldParsing {
    private FieldParsing() {
    }

    /** Null for blank text, the text without outer spaces otherwise. */
    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Comma-separated words, blanks dropped. */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    /** Comma-separated whole numbers; null when any part is not a whole number. */
    static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : list(text)) {
            try {
                numbers.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return numbers;
    }
}
