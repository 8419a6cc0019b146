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
    DEVANAGARI("Devanagari", UnicodeScript.DEVANAGARI, "अआकखगक्षिीे", false),
    GURMUKHI("Gurmukhi (Punjabi)", UnicodeScript.GURMUKHI, "ਅਆਕਖਗਸ੍ਰਿੀੇਂ", false),
    TAMIL("Tamil", UnicodeScript.TAMIL, "அஆகஙசஞக்ஷிீெ", false),
    ETHIOPIC("Ethiopic (Tigrinya, Amharic)", UnicodeScript.ETHIOPIC, "ሀለሐመሠረሰሸቀበተነአከወዘየደገጠጸፈፐ።", false),
    HAN("Han (Chinese)", UnicodeScript.HAN, "的一是不了人我在有他这中大来上国個們這說", false);

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

    /**
     * What to install for this script, for a refusal message: the Noto fonts serve every script but Han, whose
     * Noto fonts have PostScript (CFF) outlines that letters cannot embed in part, so a TrueType Chinese font is
     * named instead.
     */
    public String installHint() {
        return this == HAN
                ? "a TrueType Chinese font such as WenQuanYi Micro Hei (on Linux the fonts-wqy-microhei package;"
                        + " Noto Sans CJK cannot be used, its outlines cannot be embedded in part)"
                : "a font that covers " + englishName + " (on Linux the Noto fonts, e.g. the fonts-noto-core"
                        + " package)";
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
