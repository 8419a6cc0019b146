package org.cairn.casebook;

/** Normalising of optional free text: a value that is only spaces was not recorded. */
public final class Text {
    private static final int MIN_LETTERS = 3;

    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * True when a reason says something: at least three letters in any script. Spaces (of any kind),
     * punctuation and invisible characters alone are not a reason an auditor could read.
     */
    public static boolean meaningful(String reason) {
        return reason != null && reason.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count()
                == MIN_LETTERS;
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be empty");
        }
        return value.strip();
    }
}
