package org.cairn.passphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PassphraseEstimatorTest {
    private final PassphraseEstimator estimator = new PassphraseEstimator();

    /** Everyday words, none rare: if four of these drawn at random pass, a person following the advice passes. */
    private static final List<String> COMMON_WORDS = List.of("apple", "river", "lamp", "quiet", "kettle", "orbit",
            "violet", "harbour", "garden", "window", "yellow", "pencil", "summer", "winter", "bridge", "candle",
            "forest", "silver", "button", "coffee", "market", "doctor", "island", "basket", "rabbit", "mirror",
            "orange", "ticket", "pocket", "cotton", "bottle", "dinner", "planet", "rocket", "school", "castle",
            "jacket", "ladder", "monkey", "needle", "pepper", "salad", "tiger", "train", "cloud", "stone", "green",
            "happy", "music", "paper", "water", "table", "chair", "house", "horse", "money", "light", "night",
            "bread", "piano", "smile", "sugar", "tower", "zebra", "honey", "lemon", "queen", "radio", "storm",
            "beach", "cabin", "dance", "eagle", "flame", "grape", "heart", "juice", "knife", "maple", "nurse",
            "ocean", "pearl", "robin", "sheep", "thumb", "uncle", "video", "wheel", "field", "glass", "sound");

    @ParameterizedTest
    @ValueSource(strings = {"password12", "Password123!", "P@ssw0rd2024", "qwertyuiop12", "iloveyou2024",
            "Summer2024!!", "1234567890", "abcdefghij", "aaaaaaaaaaaaaaaa", "london london london", "monkey dragon",
            "sunshine football", "Amina2026!", "letmein2026", "zxcvbnm123", "qazwsxedc1", "river lamp quiet",
            "0123456789abcdef", "password password", "1qaz2wsx3edc", "dragon12345", "Welcome1Welcome1",
            "01/02/1990 1990", "passw0rd!!", "abc123abc123"})
    void guessablePassphrasesAreRefused(String weak) {
        PassphraseEstimate estimate = estimator.estimate(weak.toCharArray());
        assertThat(estimate.acceptable()).as("%s: 10^%.1f guesses", weak, estimate.log10Guesses()).isFalse();
    }

    @Test
    void theUserGuidesExampleAndFourRandomCommonWordsAreAccepted() {
        assertThat(estimator.estimate("kettle orbit violet harbour".toCharArray()).acceptable()).isTrue();
        Random random = new Random(20261207L);
        List<String> refused = new ArrayList<>();
        for (int sample = 0; sample < 300; sample++) {
            List<String> shuffled = new ArrayList<>(COMMON_WORDS);
            java.util.Collections.shuffle(shuffled, random);
            String phrase = String.join(random.nextBoolean() ? " " : "-", shuffled.subList(0, 4));
            PassphraseEstimate estimate = estimator.estimate(phrase.toCharArray());
            if (!estimate.acceptable()) {
                refused.add(phrase + String.format(" (10^%.1f)", estimate.log10Guesses()));
            }
        }
        assertThat(refused).as("four random common words").isEmpty();
    }

    @Test
    void namesTheMostTellingPatternAndLeavesTheCharactersAlone() {
        char[] typed = "password12".toCharArray();
        PassphraseEstimate estimate = estimator.estimate(typed);
        assertThat(estimate.main()).contains(Weakness.COMMON_PASSWORD);
        assertThat(new String(typed)).isEqualTo("password12");
        assertThat(estimator.estimate("qwertyuiop12".toCharArray()).weaknesses()).isNotEmpty();
    }

    @Test
    void longPassphrasesAreEstimatedQuicklyAndOnlyGetStronger() {
        StringBuilder phrase = new StringBuilder();
        double previous = 0;
        for (String word : COMMON_WORDS.subList(0, 12)) {
            phrase.append(word).append(' ');
            double now = estimator.estimate(phrase.toString().strip().toCharArray()).log10Guesses();
            assertThat(now).as(phrase.toString()).isGreaterThanOrEqualTo(previous);
            previous = now;
        }
        assertThat(estimator.estimate("x".repeat(5000).toCharArray()).acceptable()).isFalse();
        assertThat(estimator.estimate(new char[0]).acceptable()).isFalse();
    }

    @Test
    void lookAlikeLettersAndInvisibleCharactersDoNotMakeAWeakPassphraseStrong() {
        assertThat(estimator.estimate("p@$$w0rd12".toCharArray()).acceptable()).isFalse();
        assertThat(estimator.estimate("Password12".toCharArray()).acceptable()).isFalse();
    }
}
