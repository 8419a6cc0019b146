package org.cairn.templates;

import java.util.List;
import java.util.Locale;

/**
 * Characters that make a file look different from what it says, or differ between editors: tabs, invisible
 * controls, bidirectional overrides, stray byte order marks, replacement characters. Also over-long lines.
 */
final class CharacterCheck {
    private final TemplateLimits limits;

    CharacterCheck(TemplateLimits limits) {
        this.limits = limits;
    }

    void check(List<SourceLine> lines, ProblemList problems) {
        for (SourceLine line : lines) {
            check(line, problems);
        }
    }

    private void check(SourceLine line, ProblemList problems) {
        String text = line.text();
        int length = text.codePointCount(0, text.length());
        if (length > limits.maxLineLength()) {
            problems.add(line.number(), limits.maxLineLength() + 1, "This line has " + length + " characters; "
                    + "the most a line may have is " + limits.maxLineLength() + ". Shorten it, or in a letter body "
                    + "break the paragraph over several lines.");
        }
        int column = 1;
        for (int i = 0; i < text.length() && !problems.full(); column++) {
            int cp = text.codePointAt(i);
            String message = problemWith(cp);
            if (message != null) {
                problems.add(line.number(), column, message);
            }
            i += Character.charCount(cp);
        }
    }

    private static String problemWith(int cp) {
        if (cp == '\t') {
            return "This is a tab character. Use spaces instead: tabs look different in every editor.";
        }
        if (cp == 0xFEFF) {
            return "This is an invisible byte order mark inside the text. Delete it.";
        }
        if (cp == 0xFFFD) {
            return "This is the replacement character \uFFFD, a sign that the file was once converted from another "
                    + "encoding and a character was lost. Type the right character here.";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "This is a Unicode line or paragraph separator, which editors show differently. Use an ordinary "
                    + "line break.";
        }
        if (cp >= 0x202A && cp <= 0x202E) {
            return "This is an invisible bidirectional embedding or override (" + code(cp) + "), which can make "
                    + "text display differently from what it says. Delete it; use Unicode isolates if you need "
                    + "them.";
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return "This is an invisible control character (" + code(cp) + "). Delete it.";
        }
        if ((cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
            return "This is not a Unicode character (" + code(cp) + "). Delete it.";
        }
        return null;
    }

    private static String code(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
