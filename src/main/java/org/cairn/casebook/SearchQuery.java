package org.cairn.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what the person typed into an FTS5 query that cannot be a syntax error: each word becomes a quoted
 * phrase (inner quotes doubled) with a prefix star, so operators, colons, stars and brackets are only text.
 * Words are ANDed, and the last one may be half typed.
 *
 * @param fts the FTS5 MATCH expression, or null when the query matches all cases or nothing
 */
public record SearchQuery(Kind kind, String fts) {
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Z}]+");
    /** Far more than any name, reference or phrase; a longer query would only make the text index work for nothing. */
    public static final int MAX_CHARACTERS = 200;
    /** Every word is a prefix search that the index must intersect with the others. */
    public static final int MAX_WORDS = 12;

    public enum Kind {
        /** Nothing typed: list every case. */
        ALL,
        /** Only punctuation or symbols typed: no case can match. */
        NOTHING,
        MATCH
    }

    /** @throws SearchTooLongException when the query is longer than the limits, with a sentence saying so */
    public static SearchQuery parse(String typed) {
        if (typed != null && typed.length() > MAX_CHARACTERS) {
            throw tooLong();
        }
        String[] words = typed == null ? new String[0] : WORD_BREAK.split(typed);
        List<String> phrases = new ArrayList<>();
        boolean typedAnything = false;
        for (String word : words) {
            typedAnything |= !word.isEmpty();
            if (hasLetterOrDigit(word)) {
                phrases.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        if (phrases.size() > MAX_WORDS) {
            throw tooLong();
        }
        if (!typedAnything) {
            return new SearchQuery(Kind.ALL, null);
        }
        return phrases.isEmpty() ? new SearchQuery(Kind.NOTHING, null)
                : new SearchQuery(Kind.MATCH, String.join(" ", phrases));
    }

    private static SearchTooLongException tooLong() {
        return new SearchTooLongException("The search is too long: type at most " + MAX_WORDS + " words and "
                + MAX_CHARACTERS + " characters, for example a name or a case reference.");
    }

    // A word of only punctuation or emoji gives an empty phrase, which FTS5 may reject; such words are dropped.
    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
