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
        byte[] salt = randomBytes(random, KeySlot.SALT_BYTES);
        byte[] kek = passphraseKek(passphrase, salt, params);
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

    static Optional<byte[]> unwrapWithPassphrase(List<KeySlot> slots, byte[] casebookId, Passphrase passphrase) {
        for (KeySlot slot : slots) {
            if (slot.type() == SlotType.PASSPHRASE) {
                byte[] kek = passphraseKek(passphrase, slot.salt(), slot.kdfParams());
                Optional<byte[]> key = tryUnwrap(slot, casebookId, kek);
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
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

    private static byte[] passphraseKek(Passphrase passphrase, byte[] salt, KdfParams params) {
        byte[] secret = passphrase.toUtf8();
        try {
            return Argon2Kdf.derive(secret, salt, params);
        } finally {
            Arrays.fill(secret, (byte) 0);
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
