package org.cairn.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces typed text to the words a reader of the printed page would see. The steps, in order: invisible and
 * formatting characters dropped, every kind of space made one space, typographic apostrophes, quotation marks,
 * hyphens and dashes made plain, NFKC with full case folding, then the UTS #39 confusable skeleton (repeated with
 * folding until it settles, because a skeleton may bring back capitals, such as a digit zero read as a capital O).
 * Before folding, capitals from other scripts that read as a Latin capital are made that capital.
 */
final class NameFolding {
    private static final int ROUNDS = 4;
    private final Normalizer2 caseFold = Normalizer2.getNFKCCasefoldInstance();
    private final Normalizer2 compatible = Normalizer2.getNFKCInstance();
    private final SpoofChecker spoof = new SpoofChecker.Builder().build();
    private final Map<String, Integer> latinCapitals = new HashMap<>();

    NameFolding() {
        for (int letter = 'A'; letter <= 'Z'; letter++) {
            latinCapitals.putIfAbsent(spoof.getSkeleton(String.valueOf((char) letter)), letter);
        }
    }

    FoldedName fold(String text) {
        if (text == null) {
            return new FoldedName(List.of());
        }
        return settle(caseFold.normalize(capitals(compatible.normalize(plain(text)))));
    }

    /**
     * Capitals that read as a Latin capital become that Latin capital before folding: a Cyrillic capital Ve reads
     * as B, but its small form does not look like a small b, so folding first would lose the likeness.
     */
    private String capitals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = UCharacter.getType(cp);
            Integer latin = type == UCharacterCategory.UPPERCASE_LETTER || type == UCharacterCategory.TITLECASE_LETTER
                    ? latinCapitals.get(spoof.getSkeleton(new String(Character.toChars(cp)))) : null;
            out.appendCodePoint(latin == null ? cp : latin);
        });
        return out.toString();
    }

    private FoldedName settle(String start) {
        String folded = start;
        for (int round = 0; round < ROUNDS; round++) {
            String next = caseFold.normalize(plain(spoof.getSkeleton(folded)));
            if (next.equals(folded)) {
                break;
            }
            folded = next;
        }
        return new FoldedName(words(folded));
    }

    /** Drops what cannot be seen and makes spaces and typographic punctuation plain. */
    static String plain(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                return;
            }
            if (space(cp)) {
                out.append(' ');
            } else if (dash(cp)) {
                out.append('-');
            } else if (apostrophe(cp)) {
                out.append('\'');
            } else if (quote(cp)) {
                out.append('"');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Words are runs of letters, marks and digits; everything else separates them. */
    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (UCharacter.isLetterOrDigit(cp) || isMark(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK;
    }

    private static boolean invisible(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.FORMAT || type == UCharacterCategory.UNASSIGNED
                || type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.SURROGATE
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)
                || cp == 0x034F || cp == 0x00AD;
    }

    private static boolean space(int cp) {
        return UCharacter.isUWhiteSpace(cp) || UCharacter.getType(cp) == UCharacterCategory.SPACE_SEPARATOR
                || UCharacter.getType(cp) == UCharacterCategory.CONTROL;
    }

    private static boolean dash(int cp) {
        return UCharacter.getType(cp) == UCharacterCategory.DASH_PUNCTUATION || cp == 0x2212 || cp == 0x2043
                || cp == 0x02D7 || cp == 0x2796;
    }

    private static boolean apostrophe(int cp) {
        return cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032 || cp == 0x2035
                || cp == 0x02BC || cp == 0x02B9 || cp == 0x02BB || cp == 0x02BD || cp == 0x02C8 || cp == 0x0060
                || cp == 0x00B4 || cp == 0xFF07 || cp == 0x055A || cp == 0x05F3 || cp == 0xA78C;
    }

    private static boolean quote(int cp) {
        return cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2033 || cp == 0x2036
                || cp == 0x00AB || cp == 0x00BB || cp == 0x2039 || cp == 0x203A || cp == 0xFF02 || cp == 0x05F4
                || cp == 0x301D || cp == 0x301E;
    }
}
