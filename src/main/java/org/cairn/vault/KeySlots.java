package org.cairn.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/** Wraps and unwraps the master key in key slots. */
final class KeySlots {
    private static final String RECOVERY_LABEL = "cairn/v1/recovery-slot";

    private KeySlots() {
    }

    static KeySlot forPassphrase(byte[] masterKey, byte[] casebookId, Passphrase passphrase, KdfParams params,
            SecureRandom random) {
        return forSecret(masterKey, casebookId, passphrase.toUtf8(), params, random);
    }

    /** A passphrase slot for {@code secret}, the passphrase's bytes, which this wipes. */
    static KeySlot forSecret(byte[] masterKey, byte[] casebookId, byte[] secret, KdfParams params,
            SecureRandom random) {
        byte[] salt = randomBytes(random, KeySlot.SALT_BYTES);
        byte[] kek;
        try {
            kek = Argon2Kdf.derive(secret, salt, params);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        try {
            byte[] wrapped = new Aead(kek, random).seal(masterKey, associatedData(casebookId, SlotType.PASSPHRASE));
            return new KeySlot(SlotType.PASSPHRASE, params.memoryKiB(), params.iterations(), params.parallelism(),
                    salt, wrapped);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    static KeySlot forRecoveryKey(byte[] masterKey, byte[] casebookId, RecoveryKey recoveryKey, SecureRandom random) {
        byte[] salt = randomBytes(random, KeySlot.SALT_BYTES);
        byte[] kek = Hkdf.derive(recoveryKey.secret(), salt, RECOVERY_LABEL, 32);
        try {
            byte[] wrapped = new Aead(kek, random).seal(masterKey, associatedData(casebookId, SlotType.RECOVERY_KEY));
            return new KeySlot(SlotType.RECOVERY_KEY, 0, 0, 0, salt, wrapped);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * Tries the passphrase in normalisation form C, then, only when it differs, exactly as typed: casebooks made
     * before passphrases were normalised hold a slot for the characters as typed (docs/FORMAT.md).
     */
    static Optional<byte[]> unwrapWithPassphrase(List<KeySlot> slots, byte[] casebookId, Passphrase passphrase) {
        Optional<byte[]> key = unwrapWithSecret(slots, casebookId, passphrase.toUtf8());
        if (key.isPresent()) {
            return key;
        }
        return passphrase.asTypedUtf8IfDifferent().flatMap(asTyped -> unwrapWithSecret(slots, casebookId, asTyped));
    }

    /** Wipes {@code secret} before returning. */
    private static Optional<byte[]> unwrapWithSecret(List<KeySlot> slots, byte[] casebookId, byte[] secret) {
        try {
            for (KeySlot slot : slots) {
                if (slot.type() == SlotType.PASSPHRASE) {
                    Optional<byte[]> key = tryUnwrap(slot, casebookId,
                            Argon2Kdf.derive(secret, slot.salt(), slot.kdfParams()));
                    if (key.isPresent()) {
                        return key;
                    }
                }
            }
            return Optional.empty();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    static Optional<byte[]> unwrapWithRecoveryKey(List<KeySlot> slots, byte[] casebookId, RecoveryKey recoveryKey) {
        for (KeySlot slot : slots) {
            if (slot.type() == SlotType.RECOVERY_KEY) {
                Optional<byte[]> key = tryUnwrap(slot, casebookId,
                        Hkdf.derive(recoveryKey.secret(), slot.salt(), RECOVERY_LABEL, 32));
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
    }

    /** A format-1 passphrase slot sealed under {@code kek}, Argon2id of the passphrase with {@code salt}. */
    static KeySlot legacyPassphrase(byte[] masterKey, byte[] casebookId, byte[] kek, byte[] salt, KdfParams params,
            SecureRandom random) {
        byte[] wrapped = new Aead(kek, random).seal(masterKey, associatedData(casebookId, SlotType.PASSPHRASE));
        return new KeySlot(SlotType.PASSPHRASE, params.memoryKiB(), params.iterations(), params.parallelism(), salt,
                wrapped);
    }

    /** Opens a format-1 slot with its key-encryption key, which this wipes. */
    static Optional<byte[]> unwrapWithKek(KeySlot slot, byte[] casebookId, byte[] kek) {
        return tryUnwrap(slot, casebookId, kek);
    }

    private static Optional<byte[]> tryUnwrap(KeySlot slot, byte[] casebookId, byte[] kek) {
        try {
            return Optional.of(new Aead(kek, new SecureRandom()).open(slot.wrappedKey(),
                    associatedData(casebookId, slot.type())));
        } catch (AEADBadTagException wrongSecret) {
            return Optional.empty();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] associatedData(byte[] casebookId, SlotType type) {
        return ByteBuffer.allocate(casebookId.length + 1).put(casebookId).put((byte) type.code()).array();
    }

    static byte[] randomBytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
