package org.cairn.passphrase;

import java.util.Set;

/** How many guesses (as a power of ten) a passphrase would take, and which well-known patterns it uses. */
public record PassphraseEstimate(double log10Guesses, Set<Weakness> weaknesses) {
    public PassphraseEstimate {
        weaknesses = Set.copyOf(weaknesses);
    }

    /** At least {@link PassphraseEstimator#MINIMUM_LOG10_GUESSES} powers of ten. */
    public boolean acceptable() {
        return log10Guesses >= PassphraseEstimator.MINIMUM_LOG10_GUESSES;
    }

    public boolean strong() {
        return log10Guesses >= PassphraseEstimator.STRONG_LOG10_GUESSES;
    }

    /** The most telling weakness to name to the person typing, if any. */
    public java.util.Optional<Weakness> main() {
        return weaknesses.stream().sorted().findFirst();
    }
}
