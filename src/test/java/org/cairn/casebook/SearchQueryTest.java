package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.casebook.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void eachWordBecomesAQuotedPrefixPhrase() {
        assertThat(SearchQuery.parse("  José  refu ").fts()).isEqualTo("\"José\"* \"refu\"*");
    }

    @Test
    void quotesAreDoubledInsideThePhrase() {
        assertThat(SearchQuery.parse("a\"b").fts()).isEqualTo("\"a\"\"b\"*");
    }

    @Test
    void blankMeansAllAndPunctuationOnlyMeansNothing() {
        assertThat(SearchQuery.parse(null).kind()).isEqualTo(Kind.ALL);
        assertThat(SearchQuery.parse(" \t\u00A0").kind()).isEqualTo(Kind.ALL);
        assertThat(SearchQuery.parse("* - : ( 🙂").kind()).isEqualTo(Kind.NOTHING);
        assertThat(SearchQuery.parse("( x").fts()).isEqualTo("\"x\"*");
    }
}
