package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A hostile search (120 KB, thousands of words) is refused at once with a sentence, never run. */
class SearchQueryLimitsTest {
    @Test
    void atTheLimitsTheQueryRuns() {
        String words = "ab ".repeat(SearchQuery.MAX_WORDS).strip();
        assertThat(SearchQuery.parse(words).kind()).isEqualTo(SearchQuery.Kind.MATCH);
        assertThat(SearchQuery.parse("a".repeat(SearchQuery.MAX_CHARACTERS)).kind()).isEqualTo(SearchQuery.Kind.MATCH);
    }

    @Test
    void oneCharacterOrWordMoreIsRefusedWithTheLimits() {
        for (String typed : new String[] {"a".repeat(SearchQuery.MAX_CHARACTERS + 1),
                "ab ".repeat(SearchQuery.MAX_WORDS + 1), "x".repeat(120 * 1024), "a\u00a0".repeat(SearchQuery.MAX_WORDS + 1)}) {
            assertThatThrownBy(() -> SearchQuery.parse(typed)).isInstanceOf(SearchTooLongException.class)
                    .hasMessageContaining(SearchQuery.MAX_WORDS + " words")
                    .hasMessageContaining(SearchQuery.MAX_CHARACTERS + " characters");
        }
    }

    @Test
    void punctuationBetweenWordsDoesNotCountAsWords() {
        String typed = "ab " + "- ".repeat(40);
        assertThat(typed.length()).isLessThanOrEqualTo(SearchQuery.MAX_CHARACTERS);
        assertThat(SearchQuery.parse(typed).kind()).isEqualTo(SearchQuery.Kind.MATCH);
    }
}
