package org.cairn.letters.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a line may break inside a run of text written without spaces between words (Chinese): between most
 * ideographs, never before a closing bracket or a full stop, as Unicode's line breaking rules (UAX #14,
 * through ICU) say. Text with spaces between its words breaks only at spaces and never gets here.
 */
final class UnspacedBreaks {

    private UnspacedBreaks() {
    }

    /** Whether the token [start, end) holds a character of a script written without spaces. */
    static boolean applies(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
                    || script == UnicodeScript.KATAKANA || script == UnicodeScript.BOPOMOFO) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The offsets inside (start, end) where the token may be broken, in order. */
    static List<Integer> within(String text, int start, int end) {
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.CHINESE);
        breaks.setText(text.substring(start, end));
        List<Integer> at = new ArrayList<>();
        for (int b = breaks.next(); b != BreakIterator.DONE && b < end - start; b = breaks.next()) {
            if (b > 0) {
                at.add(start + b);
            }
        }
        return at;
    }
}
