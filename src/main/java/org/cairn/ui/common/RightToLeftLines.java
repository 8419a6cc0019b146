package org.cairn.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks right-to-left text into lines before JavaFX sees it. JavaFX 21 wraps Arabic-script text wrongly: a wrapped
 * line is drawn whole, running out of its label and over its neighbours, and the next line repeats its end. Lines
 * ended by a hard line break are drawn right, so wrapped labels in a right-to-left window get their breaks from here
 * ({@link RightToLeftLabelSkin}). Breaks fall where the language's line-breaking rules allow (ICU data in the JDK's
 * {@link BreakIterator}); a word wider than the line is left whole rather than cut.
 */
public final class RightToLeftLines {
    private RightToLeftLines() {
    }

    /** Whether {@code text} has a letter written right to left (bidi classes R and AL). */
    public static boolean hasRightToLeft(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * {@code text} with a line break wherever its next word would make a line wider than {@code width}, measured
     * by {@code measure}. Its own line breaks are kept; spaces at a break are dropped.
     */
    public static String breakLines(String text, double width, ToDoubleFunction<String> measure, Locale locale) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            breakParagraph(paragraphs[p], width, measure, locale, out);
        }
        return out.toString();
    }

    private static void breakParagraph(String paragraph, double width, ToDoubleFunction<String> measure,
            Locale locale, StringBuilder out) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(paragraph);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int fit = -1; // the furthest break since start whose line fits, or -1
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (measure.applyAsDouble(paragraph.substring(start, end).stripTrailing()) <= width) {
                fit = end;
                continue;
            }
            if (fit > start) {
                lines.add(paragraph.substring(start, fit).stripTrailing());
                start = fit;
                fit = measure.applyAsDouble(paragraph.substring(start, end).stripTrailing()) <= width ? end : -1;
            }
            if (fit < 0) { // one word wider than the line: it stands alone
                lines.add(paragraph.substring(start, end).stripTrailing());
                start = end;
            }
        }
        if (start < paragraph.length() || lines.isEmpty()) {
            lines.add(paragraph.substring(start));
        }
        out.append(String.join("\n", lines));
    }
}
