package org.cairn.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** Names of people and organisations as a never-contact list, a directory or a consent ledger holds them. */
    static final List<String> KNOWN = List.of("Daniel O'Connor", "Karim Haddad", "Marie-Claire Dubois",
            "Jasmine Okafor", "Xavier Bianchi", "Northbridge Housing Trust", "St. Anne's Family Centre",
            "Hope-Well Advice Ltd", "Piotr Kowalski", "Yusuf Ahmed");
    /** Names that are genuinely someone else, even though some share a word or most letters with a known one. */
    static final List<String> OTHERS = List.of("Danielle Connor", "Karima Hadid", "Marie Dubé", "Jasmine Oakley",
            "Xavi Bianco", "Northfield Housing Trust", "St. Agnes Family Centre", "Hopewell Legal Centre",
            "Pietro Kowalczyk", "Yasmin Ahmadi", "Sam Advocate", "Hill Surgery");

    private final Names names = new Names();

    @Test
    void hundredsOfLookAlikeSpellingsOfEachNameAreTheSameName() {
        LookAlikes lookAlikes = new LookAlikes(20261207L);
        List<String> missed = new ArrayList<>();
        for (String name : KNOWN) {
            for (String variant : lookAlikes.same(name, 300)) {
                if (names.compare(variant, name) != NameMatch.SAME) {
                    missed.add(escaped(variant) + " vs " + name);
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void aTitleInitialOrMiddleNameAddedStillContainsEveryWord() {
        LookAlikes lookAlikes = new LookAlikes(7L);
        List<String> missed = new ArrayList<>();
        for (String name : KNOWN) {
            for (String variant : lookAlikes.decorated(name, 200)) {
                if (!names.compare(variant, name).resembles()) {
                    missed.add(escaped(variant) + " vs " + name);
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void genuinelyDifferentNamesAreDifferent() {
        for (String other : OTHERS) {
            for (String name : KNOWN) {
                assertThat(names.compare(other, name)).as(other + " vs " + name).isEqualTo(NameMatch.DIFFERENT);
            }
        }
    }

    @Test
    void onlyTheCandidateHoldingEveryWordResembles() {
        assertThat(names.compare("Mr Daniel J. O'Connor", "Daniel O'Connor")).isEqualTo(NameMatch.CONTAINS_EVERY_WORD);
        // The other way round is not a match: a blocked "Mr Daniel O'Connor" is not found in "Daniel".
        assertThat(names.compare("Daniel", "Mr Daniel O'Connor")).isEqualTo(NameMatch.DIFFERENT);
        assertThat(names.compare("Ann Smith", "Ann Ann Smith")).isEqualTo(NameMatch.DIFFERENT);
    }

    @Test
    void punctuationAndSpacingBetweenPartsOfANameDoNotMakeAnotherName() {
        assertThat(names.compare("OConnor", "O'Connor")).isEqualTo(NameMatch.SAME);
        assertThat(names.compare("O Connor", "O\u2019Connor")).isEqualTo(NameMatch.SAME);
        assertThat(names.compare("Marie Claire Dubois", "Marie\u2013Claire Dubois")).isEqualTo(NameMatch.SAME);
        assertThat(names.compare("J0hn Smith", "John Smith")).isEqualTo(NameMatch.SAME);
    }

    @Test
    void emptyOrInvisibleNamesMatchNothing() {
        assertThat(names.compare("\u200B\u00A0 ", "Daniel")).isEqualTo(NameMatch.DIFFERENT);
        assertThat(names.compare("Daniel", "")).isEqualTo(NameMatch.DIFFERENT);
        assertThat(names.compare(null, "Daniel")).isEqualTo(NameMatch.DIFFERENT);
    }

    @Test
    void aPhraseIsMentionedOnlyAsConsecutiveWords() {
        assertThat(names.mentions("We write on\u00A0behalf of OUR\u200B client.", "on behalf of our client"))
                .isTrue();
        assertThat(names.mentions("On our behalf, the client of the centre", "on behalf of our client")).isFalse();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x7F && cp >= 0x20 ? String.valueOf((char) cp)
                : String.format("\\u{%X}", cp)));
        return out.toString();
    }
}
