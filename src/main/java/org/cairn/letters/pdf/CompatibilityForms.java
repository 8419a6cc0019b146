package org.cairn.letters.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds characters that are only a different width or typeface of an ordinary letter (full-width "Ｊ",
 * half-width forms, mathematical bold or script letters) to that letter, as Unicode's compatibility mapping
 * says, so a name typed on an East Asian keyboard or pasted from a formatted document prints instead of being
 * refused for want of a font. Other compatibility characters (superscripts, fractions, ligatures with a meaning
 * of their own) are left alone.
 */
final class CompatibilityForms {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private CompatibilityForms() {
    }

    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWidthOrTypefaceVariant(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(NFKC.normalize(text.substring(i, next)));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isWidthOrTypefaceVariant(int cp) {
        if (cp < 0x2100) {
            return false; // no width or typeface variant lies below the letterlike symbols; ICU stays unloaded
        }
        int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
        return type == UCharacter.DecompositionType.WIDE || type == UCharacter.DecompositionType.NARROW
                || type == UCharacter.DecompositionType.FONT;
    }
}
