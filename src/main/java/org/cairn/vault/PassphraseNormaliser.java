package org.cairn.vault;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;

/**
 * Unicode normalisation form C for secrets, without ever making a {@link String} of them: the JDK's normaliser
 * only takes and returns strings, which cannot be wiped.
 */
final class PassphraseNormaliser {
    /** Below U+0300 every character is already in form C and never combines with its neighbours. */
    private static final char FIRST_COMBINING = '\u0300';
    /** Form C grows text at most three times in UTF-16; room for that means the builder never copies its array. */
    private static final int MAX_GROWTH = 3;

    private PassphraseNormaliser() {
    }

    /** A new array holding {@code source} in form C; the caller wipes both arrays. */
    static char[] nfc(char[] source) {
        if (allBelowCombiningMarks(source)) {
            return source.clone();
        }
        StringBuilder composed = new StringBuilder(source.length * MAX_GROWTH + 16);
        try {
            Normalizer2.getNFCInstance().normalize(CharBuffer.wrap(source), composed);
            char[] result = new char[composed.length()];
            composed.getChars(0, composed.length(), result, 0);
            return result;
        } finally {
            for (int i = 0; i < composed.length(); i++) {
                composed.setCharAt(i, '\0');
            }
        }
    }

    private static boolean allBelowCombiningMarks(char[] source) {
        for (char c : source) {
            if (c >= FIRST_COMBINING) {
                return false;
            }
        }
        return true;
    }
}
