package org.cairn.cli;

import java.time.Clock;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/** What the commands need from the outside world, passed in by the composition root. */
public record CliEnvironment(KdfPolicy kdfPolicy, VaultOptions vaultOptions, Clock clock, SecretInput secrets,
        String actor) {
}
