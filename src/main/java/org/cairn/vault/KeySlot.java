package org.cairn.vault;

/**
 * The master key wrapped for one secret (docs/FORMAT.md, key slots).
 *
 * <p>A {@link SlotType#PASSPHRASE} or {@link SlotType#RECOVERY_KEY} slot (format 1) seals the master key directly
 * under a key derived from its secret, in {@code wrappedKey}. A {@link SlotType#PERSON} or {@link SlotType#RECOVERY}
 * slot (format 2) holds an X25519 key pair: the public key is in clear and the master key is sealed to it with a
 * fresh ephemeral key, so anyone holding the master key can re-wrap a new one for every slot without the slot's
 * secret. A person's private key is sealed under their passphrase ({@code sealedPrivateKey}); the recovery slot's
 * private key is derived from the recovery key itself.
 *
 * @param memoryKiB Argon2id cost for passphrase and person slots, zero otherwise (likewise iterations, parallelism)
 * @param slotId stable number of a person slot, never reused in a casebook (0 in every other slot)
 * @param nameTag keyed hash of the person's normalised name (zeros unless a person slot)
 */
public record KeySlot(SlotType type, int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] wrappedKey,
        int slotId, byte[] nameTag, byte[] sealedPrivateKey, byte[] publicKey, byte[] ephemeralPublicKey) {
    public static final int SALT_BYTES = 16;
    public static final int WRAPPED_BYTES = Aead.NONCE_BYTES + 32 + Aead.TAG_BYTES;
    /** Size of a slot in a format-1 header. */
    public static final int ENCODED_BYTES = 1 + 4 + 4 + 1 + SALT_BYTES + WRAPPED_BYTES;
    public static final int TAG_BYTES = 32;
    public static final int PUBLIC_KEY_BYTES = 32;
    /** Size of every slot in a format-2 header, whatever its type. */
    public static final int ENCODED_BYTES_V2 = 1 + 4 + TAG_BYTES + 4 + 4 + 1 + SALT_BYTES + WRAPPED_BYTES
            + PUBLIC_KEY_BYTES + PUBLIC_KEY_BYTES + WRAPPED_BYTES;

    /** A format-1 slot. */
    public KeySlot(SlotType type, int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] wrappedKey) {
        this(type, memoryKiB, iterations, parallelism, salt, wrappedKey, 0, new byte[TAG_BYTES],
                new byte[WRAPPED_BYTES], new byte[PUBLIC_KEY_BYTES], new byte[PUBLIC_KEY_BYTES]);
    }

    public KdfParams kdfParams() {
        return new KdfParams(memoryKiB, iterations, parallelism);
    }

    /** True for the slots a passphrase opens. */
    public boolean opensWithPassphrase() {
        return type.opensWithPassphrase();
    }

    /** The same slot with the master key sealed again for its public key (a person or recovery slot). */
    KeySlot rewrapped(byte[] newEphemeralPublicKey, byte[] newWrappedKey) {
        return new KeySlot(type, memoryKiB, iterations, parallelism, salt, newWrappedKey, slotId, nameTag,
                sealedPrivateKey, publicKey, newEphemeralPublicKey);
    }
}
