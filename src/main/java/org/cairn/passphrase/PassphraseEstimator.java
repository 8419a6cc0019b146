package org.cairn.passphrase;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Estimates how many guesses an attacker would need, with zxcvbn's model: common passwords, words from large
 * frequency lists, names, keyboard rows, repeats, sequences and dates are all counted as the few guesses they
 * cost, not as random characters. The same rule serves the app and the command line. Its own feedback texts are
 * not used; callers word the {@link Weakness weaknesses} themselves.
 */
public final class PassphraseEstimator {
    /** A passphrase needs at least 10^12 guesses: four unrelated common words pass, "password12" does not. */
    public static final double MINIMUM_LOG10_GUESSES = 12;
    /** From here on the meter is full and the passphrase is called strong. */
    public static final double STRONG_LOG10_GUESSES = 15;
    /** zxcvbn's work grows quickly with length; beyond this many characters the rest only adds strength. */
    private static final int LONGEST_MEASURED = 64;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Reads {@code chars} without keeping or changing them. */
    public PassphraseEstimate estimate(char[] chars) {
        if (chars.length == 0) {
            return new PassphraseEstimate(0, Set.of());
        }
        // zxcvbn wipes what it measured when asked to forget it, so it gets a copy that is wiped here too.
        char[] copy = Arrays.copyOf(chars, Math.min(chars.length, LONGEST_MEASURED));
        Strength strength = zxcvbn.measure(CharBuffer.wrap(copy));
        try {
            Set<Weakness> weaknesses = EnumSet.noneOf(Weakness.class);
            for (Match match : strength.getSequence()) {
                weakness(match, weaknesses);
            }
            return new PassphraseEstimate(strength.getGuessesLog10(), weaknesses);
        } finally {
            strength.wipe();
            Arrays.fill(copy, '\0');
        }
    }

    private static void weakness(Match match, Set<Weakness> found) {
        switch (match.pattern) {
            case Dictionary -> found.add("passwords".equals(match.dictionaryName) ? Weakness.COMMON_PASSWORD
                    : Weakness.DICTIONARY_WORDS);
            case Spatial -> found.add(Weakness.KEYBOARD_PATTERN);
            case Repeat -> found.add(Weakness.REPEATS);
            case Sequence -> found.add(Weakness.SEQUENCE);
            case Date, Regex -> found.add(Weakness.DATES_OR_YEARS);
            default -> { }
        }
    }
}
