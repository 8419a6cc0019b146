package org.cairn.letters.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds characters that are only a different width or typeface of an ordinary letter (full-width "Ｊ",
 * half-width forms, mathematical bold or script letters) to that letter, as Unicode's compatibility mapping
 * says, so a name typed on an East Asian keyboard or pasted from a formatted document prints instead of being
 * refused for want of a font. Other compatibility characters (superscripts, fractions, ligatures with a meaning
 * of their own) are left alone. In East Asian text the full-width punctuation ("，", "（", "：") is the ordinary
 * punctuation, so there only full-width letters and digits are folded.
 */
final class CompatibilityForms {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private CompatibilityForms() {
    }

    static String fold(String text) {
        StringBuilder out = null;
        Boolean eastAsian = null; // looked for only once a variant turns up
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean variant = isWidthOrTypefaceVariant(cp);
            if (variant && !Character.isLetterOrDigit(cp) && eastAsian == null) {
                eastAsian = text.codePoints().anyMatch(CompatibilityForms::isEastAsian);
            }
            if (variant && (Character.isLetterOrDigit(cp) || !eastAsian)) {
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

    /** Whether the character is in an East Asian script, whose text uses full-width punctuation. */
    private static boolean isEastAsian(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
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
