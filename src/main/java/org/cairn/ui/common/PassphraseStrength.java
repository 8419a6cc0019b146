package org.cairn.ui.common;

import java.util.BitSet;
import org.cairn.vault.Passphrase;

/**
 * An honest, simple estimate: length times the variety of characters used, halved because people do not choose
 * characters at random, and halved again when characters repeat a lot. It cannot know whether a phrase is a
 * famous quotation, so the advice always favours long, unrelated words.
 */
public enum PassphraseStrength {
    EMPTY, TOO_SHORT, WEAK, FAIR, STRONG;

    private static final double FAIR_BITS = 40;
    private static final double STRONG_BITS = 60;

    public static PassphraseStrength rate(char[] chars) {
        int length = Character.codePointCount(chars, 0, chars.length);
        if (length == 0) {
            return EMPTY;
        }
        if (length < Passphrase.MINIMUM_LENGTH) {
            return TOO_SHORT;
        }
        double bits = estimatedBits(chars);
        if (bits < FAIR_BITS) {
            return WEAK;
        }
        return bits < STRONG_BITS ? FAIR : STRONG;
    }

    /** A score between 0 and 1 for the meter. */
    public static double meter(char[] chars) {
        return Math.min(1.0, estimatedBits(chars) / (STRONG_BITS + 20));
    }

    private static double estimatedBits(char[] chars) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        BitSet seen = new BitSet();
        int length = 0;
        for (int i = 0; i < chars.length; ) {
            int c = Character.codePointAt(chars, i);
            i += Character.charCount(c);
            length++;
            seen.set(c & 0xFFFF);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                symbol = true;
            } else {
                other = true;
            }
        }
        int distinct = seen.cardinality();
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
        double bits = length * (Math.log(Math.max(pool, 2)) / Math.log(2)) / 2;
        return distinct * 2 < length ? bits / 2 : bits;
    }
}
