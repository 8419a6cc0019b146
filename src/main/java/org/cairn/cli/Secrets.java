package org.cairn.cli;

import java.util.Arrays;
import org.cairn.passphrase.PassphraseEstimate;
import org.cairn.passphrase.PassphraseEstimator;
import org.cairn.passphrase.Weakness;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;

/** Reads passphrases and recovery keys for a command, with clear messages when input is missing. */
final class Secrets {
    private final SecretInput input;

    Secrets(SecretInput input) {
        this.input = input;
    }

    Passphrase passphrase(String prompt) {
        char[] chars = input.read(prompt);
        if (chars == null) {
            throw new CliFailure(ExitCodes.USAGE, "no passphrase given: type it at the prompt, or send it as a line "
                    + "on standard input");
        }
        return Passphrase.adopt(chars);
    }

    /**
     * Reads a new passphrase and checks the policy. It is read twice when {@code alwaysConfirm} is set or on a
     * terminal; a script sends it once, as the first line.
     */
    Passphrase newPassphrase(String prompt, boolean alwaysConfirm) {
        char[] typed = input.read(prompt);
        if (typed == null) {
            throw new CliFailure(ExitCodes.USAGE, "no passphrase given: type it at the prompt, or send it as a line "
                    + "on standard input");
        }
        PassphraseEstimate estimate = new PassphraseEstimator().estimate(typed);
        Passphrase first = Passphrase.adopt(typed);
        if (alwaysConfirm || input.interactive()) {
            try (Passphrase again = passphrase("Type it again: ")) {
                if (!first.sameAs(again)) {
                    first.close();
                    throw new CliFailure(ExitCodes.USAGE, "the two passphrases differ; nothing was changed");
                }
            }
        }
        if (!first.meetsPolicy()) {
            first.close();
            throw new CliFailure(ExitCodes.USAGE, "the passphrase must be at least " + Passphrase.MINIMUM_LENGTH
                    + " characters long; nothing was changed");
        }
        if (!estimate.acceptable()) {
            first.close();
            throw new CliFailure(ExitCodes.USAGE, String.format(java.util.Locale.ROOT,
                    "the passphrase is too easy to guess (about 10^%.0f guesses; at least 10^%.0f are needed)%s: "
                            + "use four or more unrelated words; nothing was changed",
                    Math.floor(estimate.log10Guesses()), PassphraseEstimator.MINIMUM_LOG10_GUESSES,
                    estimate.main().map(Secrets::describe).orElse("")));
        }
        return first;
    }

    private static String describe(Weakness weakness) {
        return switch (weakness) {
            case COMMON_PASSWORD -> "; it contains a commonly used password";
            case KEYBOARD_PATTERN -> "; it contains a row of keys";
            case SEQUENCE -> "; it contains a run such as 1234 or abcd";
            case REPEATS -> "; it repeats itself";
            case DATES_OR_YEARS -> "; it contains a year or a date";
            case DICTIONARY_WORDS -> "; a few common words are guessed quickly";
        };
    }

    RecoveryKey recoveryKey(String prompt) {
        char[] chars = input.read(prompt);
        if (chars == null) {
            throw new CliFailure(ExitCodes.USAGE, "no recovery key given");
        }
        try {
            return RecoveryKey.parse(chars);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
