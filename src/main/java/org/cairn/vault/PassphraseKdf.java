package org.cairn.vault;

/**
 * How a passphrase becomes a key-encryption key: Argon2id in the app; a seam so tests can count derivations
 * (unlocking derives one key, however many people share the casebook).
 */
@FunctionalInterface
public interface PassphraseKdf {
    /** Derives a 256-bit key; the caller wipes both the secret and the result. */
    byte[] derive(byte[] secret, byte[] salt, KdfParams params);

    static PassphraseKdf argon2id() {
        return Argon2Kdf::derive;
    }
}
