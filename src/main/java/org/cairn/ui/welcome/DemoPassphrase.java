package org.cairn.ui.welcome;

import java.security.SecureRandom;

/** A pronounceable random passphrase for the demo casebook, such as {@code bako-tenu-rima-sole} (about 50 bits). */
final class DemoPassphrase {
    private static final String CONSONANTS = "bdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final int GROUPS = 4;

    private DemoPassphrase() {
    }

    static char[] generate(SecureRandom random) {
        char[] out = new char[GROUPS * 5 - 1];
        int at = 0;
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                out[at++] = '-';
            }
            for (int syllable = 0; syllable < 2; syllable++) {
                out[at++] = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
                out[at++] = VOWELS.charAt(random.nextInt(VOWELS.length()));
            }
        }
        return out;
    }
}
