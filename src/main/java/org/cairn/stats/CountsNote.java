package org.cairn.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Something the counts tell the person (a bundle imported, a warning about it) as a code and arguments the screens
 * word through {@code counts.note.<code>}, with the English sentence the command line prints. Arguments are never
 * case data: a file name the person chose, a short bundle, laptop or casebook id, a quarter, a time.
 */
public record CountsNote(String code, String english, List<Object> arguments) {
    /** Every code a note can carry, so the tests can hold the bundle to them. */
    public static final List<String> CODES = List.of("imported", "already-imported", "unnamed-casebook",
            "two-states", "older", "look-alike");

    public CountsNote {
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown note " + code);
        }
        arguments = List.copyOf(arguments);
    }

    static CountsNote of(String code, String english, Object... arguments) {
        return new CountsNote(code, english, Arrays.asList(arguments));
    }

    /** The key of its words: {@code counts.note.two-states}. */
    public String key() {
        return "counts.note." + code;
    }
}
