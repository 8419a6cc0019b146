package org.cairn.cli;

import java.util.Arrays;
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
        Passphrase first = passphrase(prompt);
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
        return first;
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
