package org.cairn.vault;

/** A new casebook and the recovery key that must be shown to the person once, then wiped. */
public record CreatedVault(Vault vault, RecoveryKey recoveryKey) {
}
