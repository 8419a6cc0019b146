package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassphraseStrengthTest {
    @Test
    void ratesByLengthAndVariety() {
        assertThat(PassphraseStrength.rate("".toCharArray())).isEqualTo(PassphraseStrength.EMPTY);
        assertThat(PassphraseStrength.rate("abcdefghi".toCharArray())).isEqualTo(PassphraseStrength.TOO_SHORT);
        assertThat(PassphraseStrength.rate("abcdefghij".toCharArray())).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.rate("river lamp quiet".toCharArray())).isEqualTo(PassphraseStrength.FAIR);
        assertThat(PassphraseStrength.rate("river lamp quiet orange 42".toCharArray()))
                .isEqualTo(PassphraseStrength.STRONG);
    }

    @Test
    void repeatedCharactersCountForLess() {
        assertThat(PassphraseStrength.rate("aaaaaaaaaaaaaaaaaaaaaaaa".toCharArray())).isEqualTo(PassphraseStrength.WEAK);
    }

    @Test
    void lengthIsCountedInCodePoints() {
        // Nine Bengali letters outside the BMP would be 18 chars; these are BMP, so check a supplementary case.
        String nineEmoji = "\uD83C\uDF3F".repeat(9);
        assertThat(PassphraseStrength.rate(nineEmoji.toCharArray())).isEqualTo(PassphraseStrength.TOO_SHORT);
    }

    @Test
    void meterStaysBetweenZeroAndOne() {
        assertThat(PassphraseStrength.meter("".toCharArray())).isZero();
        assertThat(PassphraseStrength.meter("x".repeat(200).toCharArray())).isBetween(0.0, 1.0);
    }
}
