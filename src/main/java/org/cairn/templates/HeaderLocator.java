package org.cairn.templates;

import java.util.Optional;

/**
 * Finds where a header field's value sits in a template that has already parsed cleanly, so problems found
 * after parsing (a duplicate id) point at the right place and a copy can change one value in place.
 */
final class HeaderLocator {
    private HeaderLocator() {
    }

    /** The value's position: line and column as in {@link Problem}, plus character offsets into the text. */
    record Found(int line, int column, int start, int end) {
    }

    static Optional<Found> find(String text, HeaderField field) {
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        for (int number = 1; lineStart <= text.length(); number++) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.strip().equals(HeaderParser.SEPARATOR)) {
                return Optional.empty();
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(field.key())) {
                String raw = line.substring(colon + 1);
                String value = raw.strip();
                int valueStart = colon + 1 + raw.indexOf(value);
                int column = line.codePointCount(0, valueStart) + 1;
                return Optional.of(new Found(number, column, lineStart + valueStart,
                        lineStart + valueStart + value.length()));
            }
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        return Optional.empty();
    }

    /** {@code text} with the value of {@code field} replaced; everything else is left exactly as it was. */
    static String replace(String text, HeaderField field, String value) {
        Found found = find(text, field).orElseThrow(() -> new IllegalArgumentException("no " + field.key()
                + " field in the header"));
        return text.substring(0, found.start()) + value + text.substring(found.end());
    }
}
