package org.cairn.casebook;

/**
 * The characters a directory detail may hold: visible text only. Control characters, bidirectional overrides and
 * line separators could hide or reorder what a reader sees, and would not survive a trip through a file.
 */
public final class DirectoryText {
    private DirectoryText() {
    }

    public static boolean forbidden(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFD' || c == '\uFFFE'
                || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
    }

    public static boolean plain(String text) {
        return text == null || text.chars().noneMatch(c -> forbidden((char) c));
    }
}
