package org.cairn.templates;

/** One line of a template file without its line ending; {@code number} is 1-based. */
record SourceLine(int number, String text) {
    /** The 1-based column of the character at UTF-16 index {@code index}, counted in code points. */
    int column(int index) {
        return text.codePointCount(0, Math.min(index, text.length())) + 1;
    }
}
