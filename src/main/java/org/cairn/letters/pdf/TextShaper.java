package org.cairn.letters.pdf;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a word into runs that one font can draw, picks each run's font from the catalogue, and
 * measures it. Refuses text no available font covers, so a letter never prints empty boxes.
 */
final class TextShaper {

    private final FontCatalogue catalogue;
    private final GlyphShaper glyphShaper;
    private final String languageTag;

    TextShaper(FontCatalogue catalogue, GlyphShaper glyphShaper, String languageTag) {
        this.catalogue = catalogue;
        this.glyphShaper = glyphShaper;
        this.languageTag = languageTag;
    }

    /**
     * A run of text at one bidi level (no spaces) as fragments in logical order, each shaped in the run's
     * direction; a right-to-left caller places them from right to left.
     */
    List<Fragment> shape(String rawWord, Style style, boolean rightToLeft) {
        return shape(rawWord, style, rightToLeft, LetterScript.LATIN);
    }

    /**
     * As {@link #shape(String, Style, boolean)}; digits and punctuation with no letter of their own in the run
     * take the font of {@code context}, the script of the letters around them, when it has them.
     */
    List<Fragment> shape(String rawWord, Style style, boolean rightToLeft, LetterScript context) {
        String word = java.text.Normalizer.normalize(rawWord, java.text.Normalizer.Form.NFC);
        List<Fragment> out = new ArrayList<>();
        int start = 0;
        LetterScript current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            LetterScript script = scriptFor(cp, current, word, i, style, context);
            if (current != null && script != current && run.length() > 0) {
                out.add(fragment(run.toString(), current, style, rightToLeft));
                run.setLength(0);
            }
            current = script;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            out.add(fragment(run.toString(), current, style, rightToLeft));
        }
        return out;
    }

    float spaceWidth(Style style) {
        FontSource latin = family(LetterScript.LATIN).style(style.bold(), style.italic());
        return latin.advance(latin.glyphId(' ')) * style.size();
    }

    private LetterScript scriptFor(int cp, LetterScript current, String word, int index, Style style,
                                   LetterScript around) {
        LetterScript own = LetterScript.of(cp);
        if (own != null) {
            return own;
        }
        UnicodeScript unicode = UnicodeScript.of(cp);
        if (unicode != UnicodeScript.COMMON && unicode != UnicodeScript.INHERITED && unicode != UnicodeScript.UNKNOWN) {
            throw ScriptNotSupportedException.notYetSupported(displayName(unicode), languageTag);
        }
        LetterScript context = current != null ? current : nextScript(word, index, around);
        if (unicode == UnicodeScript.INHERITED || isFormatControl(cp)) {
            return context; // combining marks and joiners stay with their letter
        }
        if (has(context, cp, style)) {
            return context;
        }
        if (has(LetterScript.LATIN, cp, style)) {
            return LetterScript.LATIN;
        }
        // Punctuation shared between scripts (the Arabic comma, the danda) can follow a Latin name in an Arabic
        // or Bengali letter: take it from any installed script font that has it.
        for (LetterScript other : LetterScript.values()) {
            if (has(other, cp, style)) {
                return other;
            }
        }
        throw new ScriptNotSupportedException("the symbol U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT),
                languageTag);
    }

    private boolean has(LetterScript script, int cp, Style style) {
        return catalogue.family(script, languageTag).map(f -> f.style(style.bold(), style.italic()).hasGlyph(cp))
                .orElse(false);
    }

    private static LetterScript nextScript(String word, int from, LetterScript around) {
        for (int i = from; i < word.length(); ) {
            int cp = word.codePointAt(i);
            LetterScript s = LetterScript.of(cp);
            if (s != null) {
                return s;
            }
            i += Character.charCount(cp);
        }
        return around;
    }

    private Fragment fragment(String text, LetterScript script, Style style, boolean rightToLeft) {
        FontSource font = family(script).style(style.bold(), style.italic());
        requireGlyphs(text, font, script);
        return glyphShaper.shape(font, text, style.size(), rightToLeft);
    }

    /** Joiners may lack a glyph (they are not drawn); any other missing character refuses the letter. */
    private void requireGlyphs(String text, FontSource font, LetterScript script) {
        text.codePoints().forEach(cp -> {
            if (!font.hasGlyph(cp) && !isFormatControl(cp)) {
                throw ScriptNotSupportedException.noFont(script, languageTag);
            }
        });
    }

    private FontFamily family(LetterScript script) {
        return catalogue.family(script, languageTag)
                .orElseThrow(() -> ScriptNotSupportedException.noFont(script, languageTag));
    }

    private static boolean isFormatControl(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static String displayName(UnicodeScript script) {
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
