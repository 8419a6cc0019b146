package org.cairn.vault;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Wraps a restricted case's key for the key pairs of the slots (docs/FORMAT.md, "case keys"): X25519 with a fresh
 * ephemeral key, HKDF-SHA256 and AES-256-GCM, as the master key is wrapped for a slot but under its own label.
 * Anyone may wrap for a holder (public keys sit in the header); only the person who unlocked can unwrap, with the
 * private key of their own slot, which no one else's session ever holds.
 */
public final class CaseKeys {
    /** The holder name of the recovery slot. */
    public static final String RECOVERY = "recovery";
    static final String WRAP_LABEL = "cairn/v2/case-key-wrap";
    private static final byte VERSION = 1;
    /** version (1) || recipient public (32) || ephemeral public (32) || nonce, sealed key, tag. */
    public static final int WRAPPED_BYTES = 1 + 2 * KeySlot.PUBLIC_KEY_BYTES + Aead.OVERHEAD + 32;
    private final Vault vault;
    private final SecureRandom random;

    CaseKeys(Vault vault, SecureRandom random) {
        this.vault = vault;
        this.random = random;
    }

    /** The holder name of a person's slot. */
    public static String person(int slotId) {
        return "person:" + slotId;
    }

    /**
     * Who unlocked, as a holder; empty when their slot has no key pair (the one passphrase of a casebook from
     * before names, or a recovery key from before names until its next use).
     */
    public Optional<String> acting() {
        return vault.withHolderKey((header, holderKey) -> {
            if (holderKey == null) {
                return Optional.<String>empty();
            }
            int slotId = vault.inspect((h, k, acting) -> acting);
            return Optional.of(slotId == SlotUnwrapper.Unlocked.RECOVERY ? RECOVERY : person(slotId));
        });
    }

    /** Every holder that can be wrapped for now, with its public key: each person, and the recovery slot. */
    public Map<String, byte[]> holders() {
        return vault.inspect((header, key, acting) -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (KeySlot slot : header.slots()) {
                if (slot.type() == SlotType.PERSON) {
                    out.put(person(slot.slotId()), slot.publicKey().clone());
                } else if (slot.type() == SlotType.RECOVERY) {
                    out.put(RECOVERY, slot.publicKey().clone());
                }
            }
            return out;
        });
    }

    /** Seals {@code caseKey} to {@code publicKey}, bound to this casebook and {@code context}. */
    public byte[] wrap(byte[] publicKey, byte[] caseKey, byte[] context) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        byte[] wrapKey = wrapKey(ephemeral, publicKey, ephemeralPublic, publicKey);
        try {
            byte[] sealed = new Aead(wrapKey, random).seal(caseKey, associatedData(context));
            return ByteBuffer.allocate(1 + 2 * KeySlot.PUBLIC_KEY_BYTES + sealed.length).put(VERSION).put(publicKey)
                    .put(ephemeralPublic).put(sealed).array();
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    /** True when {@code wrapped} was made for {@code publicKey} (a holder whose pair changed needs a new one). */
    public static boolean madeFor(byte[] wrapped, byte[] publicKey) {
        return wrapped.length == WRAPPED_BYTES && MessageDigest.isEqual(
                Arrays.copyOfRange(wrapped, 1, 1 + KeySlot.PUBLIC_KEY_BYTES), publicKey);
    }

    /** The case key, opened with the private key of whoever unlocked; empty when it was not made for them. */
    public Optional<byte[]> unwrap(byte[] wrapped, byte[] context) {
        if (wrapped.length != WRAPPED_BYTES || wrapped[0] != VERSION) {
            return Optional.empty();
        }
        byte[] recipient = Arrays.copyOfRange(wrapped, 1, 1 + KeySlot.PUBLIC_KEY_BYTES);
        byte[] ephemeralPublic = Arrays.copyOfRange(wrapped, 1 + KeySlot.PUBLIC_KEY_BYTES,
                1 + 2 * KeySlot.PUBLIC_KEY_BYTES);
        byte[] sealed = Arrays.copyOfRange(wrapped, 1 + 2 * KeySlot.PUBLIC_KEY_BYTES, wrapped.length);
        return vault.withHolderKey((header, holderKey) -> {
            if (holderKey == null) {
                return Optional.<byte[]>empty();
            }
            byte[] wrapKey;
            try {
                wrapKey = wrapKey(new X25519PrivateKeyParameters(holderKey), ephemeralPublic, ephemeralPublic,
                        recipient);
            } catch (IllegalStateException lowOrderKey) {
                return Optional.<byte[]>empty();
            }
            try {
                return Optional.of(new Aead(wrapKey, new SecureRandom()).open(sealed, associatedData(context)));
            } catch (AEADBadTagException notForMe) {
                return Optional.<byte[]>empty();
            } finally {
                Arrays.fill(wrapKey, (byte) 0);
            }
        });
    }

    /** Writes a snapshot and starts an empty log, so earlier log records (which may hold plain text) are gone. */
    public void checkpoint() {
        vault.checkpoint();
    }

    private byte[] associatedData(byte[] context) {
        byte[] casebookId = vault.inspect((header, key, acting) -> header.casebookId());
        return SnapshotFile.concat(casebookId, context);
    }

    /** HKDF(X25519 shared secret, ephemeral public || recipient public, "cairn/v2/case-key-wrap"). */
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
}
