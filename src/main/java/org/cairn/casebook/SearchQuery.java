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

    public enum Kind {
        /** Nothing typed: list every case. */
        ALL,
        /** Only punctuation or symbols typed: no case can match. */
        NOTHING,
        MATCH
    }

    public static SearchQuery parse(String typed) {
        String[] words = typed == null ? new String[0] : WORD_BREAK.split(typed);
        List<String> phrases = new ArrayList<>();
        boolean typedAnything = false;
        for (String word : words) {
            typedAnything |= !word.isEmpty();
            if (hasLetterOrDigit(word)) {
                phrases.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        if (!typedAnything) {
            return new SearchQuery(Kind.ALL, null);
        }
        return phrases.isEmpty() ? new SearchQuery(Kind.NOTHING, null)
                : new SearchQuery(Kind.MATCH, String.join(" ", phrases));
    }

    // A word of only punctuation or emoji gives an empty phrase, which FTS5 may reject; such words are dropped.
    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
