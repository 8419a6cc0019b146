package org.cairn.vault;

/**
 * The master key wrapped under a key derived from one secret. {@code memoryKiB}, {@code iterations} and
 * {@code parallelism} are the Argon2id costs for a passphrase slot and zero for a recovery-key slot.
 */
public record KeySlot(SlotType type, int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] wrappedKey) {
    public static final int SALT_BYTES = 16;
    public static final int WRAPPED_BYTES = Aead.NONCE_BYTES + 32 + Aead.TAG_BYTES;
    public static final int ENCODED_BYTES = 1 + 4 + 4 + 1 + SALT_BYTES + WRAPPED_BYTES;

    public KdfParams kdfParams() {
        return new KdfParams(memoryKiB, iterations, parallelism);
    }
}
