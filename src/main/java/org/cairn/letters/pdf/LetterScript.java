package org.cairn.letters.pdf;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/** The writing systems a letter can be printed in, each with a sample the font must cover. */
public enum LetterScript {
    LATIN("Latin", UnicodeScript.LATIN, "AaZzÀàÉéĄąŁłŐőŞşÇçÑñÕõŽžĞğ", false),
    CYRILLIC("Cyrillic", UnicodeScript.CYRILLIC, "АаБбЖжЯяЇїЁё", false),
    GREEK("Greek", UnicodeScript.GREEK, "ΑαΒβΓγΩωάέ", false),
    ARABIC("Arabic script (Arabic, Urdu, Farsi)", UnicodeScript.ARABIC, "ابتثجحخکگیےںہ", true),
    BENGALI("Bengali", UnicodeScript.BENGALI, "অআকখগক্ষিীে", false),
    DEVANAGARI("Devanagari", UnicodeScript.DEVANAGARI, "अआकखगक्षिीे", false);

    private final String englishName;
    private final UnicodeScript unicodeScript;
    private final String sample;
    private final boolean rightToLeft;

    LetterScript(String englishName, UnicodeScript unicodeScript, String sample, boolean rightToLeft) {
        this.englishName = englishName;
        this.unicodeScript = unicodeScript;
        this.sample = sample;
        this.rightToLeft = rightToLeft;
    }

    public String englishName() {
        return englishName;
    }

    /** Letters a font must have to count as covering this script. */
    public String sample() {
        return sample;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The script of one code point, or null for common characters (digits, punctuation, spaces). */
    public static LetterScript of(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        for (LetterScript s : values()) {
            if (s.unicodeScript == script) {
                return s;
            }
        }
        return null;
    }

    /** Every script used by the text; characters of unsupported scripts are reported by {@link #unsupportedIn}. */
    public static Set<LetterScript> usedIn(CharSequence text) {
        Set<LetterScript> used = EnumSet.noneOf(LetterScript.class);
        text.codePoints().forEach(cp -> {
            LetterScript s = of(cp);
            if (s != null) {
                used.add(s);
            }
        });
        return used;
    }
}
