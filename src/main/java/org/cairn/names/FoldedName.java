package org.cairn.names;

import java.util.List;

/**
 * A name reduced to what a reader sees: its words, each folded and reduced to its confusable skeleton. Only ever
 * compared; never shown, stored or logged.
 */
record FoldedName(List<String> words) {
    FoldedName {
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words with single spaces between them. */
    String spaced() {
        return String.join(" ", words);
    }

    /** The words run together: "O'Brien", "O Brien" and "OBrien" all read as one name. */
    String joined() {
        return String.join("", words);
    }
}
