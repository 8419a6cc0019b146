package org.cairn.ui.common;

import org.cairn.passphrase.PassphraseEstimate;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.vault.Passphrase;

/**
 * What the meter says about a new passphrase, from the guesses an attacker would need ({@link PassphraseEstimator}):
 * {@link #WEAK} and below may not be used.
 */
public enum PassphraseStrength {
    EMPTY, TOO_SHORT, WEAK, FAIR, STRONG;

    public static PassphraseStrength of(char[] chars, PassphraseEstimate estimate) {
        int length = Character.codePointCount(chars, 0, chars.length);
        if (length == 0) {
            return EMPTY;
        }
        if (length < Passphrase.MINIMUM_LENGTH) {
            return TOO_SHORT;
        }
        if (!estimate.acceptable()) {
            return WEAK;
        }
        return estimate.strong() ? STRONG : FAIR;
    }

    /** Whether a passphrase rated so may be used. */
    public boolean acceptable() {
        return compareTo(FAIR) >= 0;
    }

    /** A score between 0 and 1 for the meter: full from the strong level on. */
    public static double meter(PassphraseEstimate estimate) {
        return Math.max(0, Math.min(1.0, estimate.log10Guesses() / PassphraseEstimator.STRONG_LOG10_GUESSES));
    }
}
