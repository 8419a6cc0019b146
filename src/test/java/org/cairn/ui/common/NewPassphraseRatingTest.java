package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewPassphraseRatingTest {
    private final NewPassphraseRating rating = new NewPassphraseRating(Fakes.messages(), new org.cairn.passphrase.PassphraseEstimator());

    @Test
    void tooShortIsRefusedAndSaysTheMinimum() {
        rating.update("short one".toCharArray(), "short one".toCharArray());
        assertThat(rating.isAcceptable()).isFalse();
        assertThat(rating.strengthProperty().get()).isEqualTo(PassphraseStrength.TOO_SHORT);
        assertThat(rating.strengthTextProperty().get()).contains("10");
    }

    @Test
    void aMismatchIsShownOnlyOnceTheSecondEntryIsStarted() {
        rating.update("kettle orbit violet harbour".toCharArray(), new char[0]);
        assertThat(rating.validationProperty().get()).isEmpty();
        assertThat(rating.isAcceptable()).isFalse();
        rating.update("kettle orbit violet harbour".toCharArray(), "kettle orbit".toCharArray());
        assertThat(rating.validationProperty().get()).isNotEmpty();
        assertThat(rating.isAcceptable()).isFalse();
        rating.update("kettle orbit violet harbour".toCharArray(), "kettle orbit violet harbour".toCharArray());
        assertThat(rating.validationProperty().get()).isEmpty();
        assertThat(rating.isAcceptable()).isTrue();
        assertThat(rating.meterProperty().get()).isPositive();
    }

    @Test
    void acceptOrWipeKeepsOnlyAnAcceptedFirstEntry() {
        char[] first = "kettle orbit violet harbour".toCharArray();
        char[] second = "kettle orbit violet harbour".toCharArray();
        assertThat(rating.acceptOrWipe(first, second)).isTrue();
        assertThat(second).containsOnly('\0');
        assertThat(new String(first)).isEqualTo("kettle orbit violet harbour");

        char[] refusedFirst = "too short".toCharArray();
        char[] refusedSecond = "too short".toCharArray();
        assertThat(rating.acceptOrWipe(refusedFirst, refusedSecond)).isFalse();
        assertThat(refusedFirst).containsOnly('\0');
        assertThat(refusedSecond).containsOnly('\0');
        assertThat(rating.refusal()).contains("10");
    }
}
