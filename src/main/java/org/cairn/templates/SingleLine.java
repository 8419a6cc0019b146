package org.cairn.templates;

import java.util.Objects;

/** Guards model values that the file format keeps on one line, so a value can never smuggle in structure. */
final class SingleLine {
    private SingleLine() {
    }

    static String require(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be a single line");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(what + " must not start or end with spaces");
        }
        return value;
    }
}
