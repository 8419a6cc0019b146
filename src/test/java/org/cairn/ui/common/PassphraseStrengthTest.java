package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.passphrase.PassphraseEstimator;
import org.junit.jupiter.api.Test;

class PassphraseStrengthTest {
    private final PassphraseEstimator estimator = new PassphraseEstimator();

    private PassphraseStrength rate(String typed) {
        return PassphraseStrength.of(typed.toCharArray(), estimator.estimate(typed.toCharArray()));
    }

    @Test
    void ratesByTheGuessesNeeded() {
        assertThat(rate("")).isEqualTo(PassphraseStrength.EMPTY);
        assertThat(rate("abcdefghi")).isEqualTo(PassphraseStrength.TOO_SHORT);
        assertThat(rate("password12")).isEqualTo(PassphraseStrength.WEAK);
        assertThat(rate("river lamp quiet")).isEqualTo(PassphraseStrength.WEAK);
        assertThat(rate("kettle orbit violet harbour")).isIn(PassphraseStrength.FAIR, PassphraseStrength.STRONG);
        assertThat(rate("kettle orbit violet harbour tiger")).isEqualTo(PassphraseStrength.STRONG);
        assertThat(PassphraseStrength.WEAK.acceptable()).isFalse();
        assertThat(PassphraseStrength.FAIR.acceptable()).isTrue();
    }

    @Test
    void lengthIsCountedInCodePoints() {
        // Nine characters outside the BMP are 18 chars but still too short.
        String nine = "\uD83C\uDF3F".repeat(9);
        assertThat(rate(nine)).isEqualTo(PassphraseStrength.TOO_SHORT);
    }

    @Test
    void meterStaysBetweenZeroAndOne() {
        assertThat(PassphraseStrength.meter(estimator.estimate(new char[0]))).isZero();
        assertThat(PassphraseStrength.meter(estimator.estimate("x".repeat(200).toCharArray()))).isBetween(0.0, 1.0);
        assertThat(PassphraseStrength.meter(estimator.estimate(
                "kettle orbit violet harbour tiger lemon".toCharArray()))).isEqualTo(1.0);
    }
}
