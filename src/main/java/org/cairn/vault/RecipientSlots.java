package org.cairn.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Person and recovery slots (format 2): the master key sealed to an X25519 public key with a fresh ephemeral key,
 * so that removing a person can re-wrap a new master key for everyone else without their secrets.
 */
final class RecipientSlots {
    static final String WRAP_LABEL = "cairn/v2/slot-wrap";
    static final String RECOVERY_PRIVATE_LABEL = "cairn/v2/recovery-private";
    private static final byte[] NO_TAG = new byte[KeySlot.TAG_BYTES];

    private RecipientSlots() {
    }

    /** A person slot whose private key is sealed under {@code kek} (Argon2id of their passphrase with {@code salt}). */
    static KeySlot person(MasterKey masterKey, byte[] casebookId, int slotId, byte[] nameTag, byte[] kek, byte[] salt,
            KdfParams params, SecureRandom random) {
        return person(masterKey, casebookId, slotId, nameTag, kek, salt, params, random,
                new X25519PrivateKeyParameters(random).getEncoded());
    }

    /**
     * A person slot keeping an existing private key (wiped here): a new passphrase must not lose the case keys
     * already wrapped for this person's public key.
     */
    static KeySlot person(MasterKey masterKey, byte[] casebookId, int slotId, byte[] nameTag, byte[] kek, byte[] salt,
            KdfParams params, SecureRandom random, byte[] privateKey) {
        X25519PrivateKeyParameters own = new X25519PrivateKeyParameters(privateKey);
        try {
            byte[] sealedPrivate = new Aead(kek, random).seal(privateKey,
                    privateKeyContext(casebookId, slotId, nameTag));
            KeySlot empty = new KeySlot(SlotType.PERSON, params.memoryKiB(), params.iterations(),
                    params.parallelism(), salt, new byte[KeySlot.WRAPPED_BYTES], slotId, nameTag, sealedPrivate,
                    own.generatePublicKey().getEncoded(), new byte[KeySlot.PUBLIC_KEY_BYTES]);
            return wrap(empty, masterKey, casebookId, random);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** The recovery slot: its private key is derived from the recovery key, so nothing secret is stored. */
    static KeySlot recovery(MasterKey masterKey, byte[] casebookId, RecoveryKey recoveryKey, SecureRandom random) {
        byte[] salt = KeySlots.randomBytes(random, KeySlot.SALT_BYTES);
        byte[] privateKey = Hkdf.derive(recoveryKey.secret(), salt, RECOVERY_PRIVATE_LABEL, 32);
        try {
            byte[] publicKey = new X25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded();
            KeySlot empty = new KeySlot(SlotType.RECOVERY, 0, 0, 0, salt, new byte[KeySlot.WRAPPED_BYTES], 0, NO_TAG,
                    new byte[KeySlot.WRAPPED_BYTES], publicKey, new byte[KeySlot.PUBLIC_KEY_BYTES]);
            return wrap(empty, masterKey, casebookId, random);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** Seals {@code masterKey} to the slot's public key with a fresh ephemeral key pair. */
    static KeySlot wrap(KeySlot slot, MasterKey masterKey, byte[] casebookId, SecureRandom random) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        byte[] wrapKey = wrapKey(ephemeral, slot.publicKey(), ephemeralPublic, slot.publicKey());
        try {
            return slot.rewrapped(ephemeralPublic, new Aead(wrapKey, random).seal(masterKey.bytes(),
                    masterKeyContext(casebookId, slot)));
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    /** A person's private key, opened with the key derived from their passphrase; empty for a wrong one. */
    static Optional<byte[]> openPrivateKey(KeySlot slot, byte[] casebookId, byte[] kek) {
        try {
            return Optional.of(new Aead(kek, new SecureRandom()).open(slot.sealedPrivateKey(),
                    privateKeyContext(casebookId, slot.slotId(), slot.nameTag())));
        } catch (AEADBadTagException wrongPassphrase) {
            return Optional.empty();
        }
    }

    /** The recovery slot's private key, derived from the recovery key and the slot's salt. */
    static byte[] recoveryPrivateKey(KeySlot slot, RecoveryKey recoveryKey) {
        return Hkdf.derive(recoveryKey.secret(), slot.salt(), RECOVERY_PRIVATE_LABEL, 32);
    }

    /** The master key sealed in {@code slot}, opened with the slot's private key; empty when it does not open. */
    static Optional<byte[]> unwrap(KeySlot slot, byte[] casebookId, byte[] privateKey) {
        byte[] wrapKey;
        try {
            wrapKey = wrapKey(new X25519PrivateKeyParameters(privateKey), slot.ephemeralPublicKey(),
                    slot.ephemeralPublicKey(), slot.publicKey());
        } catch (IllegalStateException lowOrderKey) {
            // X25519 refuses an all-zero shared secret: only a forged header has such an ephemeral key.
            return Optional.empty();
        }
        try {
            return Optional.of(new Aead(wrapKey, new SecureRandom()).open(slot.wrappedKey(),
                    masterKeyContext(casebookId, slot)));
        } catch (AEADBadTagException wrongKey) {
            return Optional.empty();
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    /** HKDF(X25519 shared secret, ephemeral public || recipient public, "cairn/v2/slot-wrap"). */
    private static byte[] wrapKey(X25519PrivateKeyParameters own, byte[] peerPublic, byte[] ephemeralPublic,
            byte[] recipientPublic) {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(own);
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(peerPublic), shared, 0);
        try {
            return Hkdf.derive(shared, SnapshotFile.concat(ephemeralPublic, recipientPublic), WRAP_LABEL, 32);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    /** casebook id (16) || type (1) || slot id (4) || name tag (32). */
    static byte[] privateKeyContext(byte[] casebookId, int slotId, byte[] nameTag) {
        return ByteBuffer.allocate(casebookId.length + 1 + 4 + KeySlot.TAG_BYTES).put(casebookId)
                .put((byte) SlotType.PERSON.code()).putInt(slotId).put(nameTag).array();
    }

    /** casebook id (16) || type (1) || slot id (4). */
    static byte[] masterKeyContext(byte[] casebookId, KeySlot slot) {
        return ByteBuffer.allocate(casebookId.length + 1 + 4).put(casebookId).put((byte) slot.type().code())
                .putInt(slot.slotId()).array();
    }
}
