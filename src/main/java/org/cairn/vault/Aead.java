package org.cairn.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per message. A sealed box is
 * {@code nonce(12) || ciphertext || tag(16)}.
 */
public final class Aead {
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    public static final int OVERHEAD = NONCE_BYTES + TAG_BYTES;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public Aead(byte[] key, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 key required");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
    }

    public byte[] seal(byte[] plaintext, int offset, int length, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] box = new byte[NONCE_BYTES + length + TAG_BYTES];
        System.arraycopy(nonce, 0, box, 0, NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associatedData);
            cipher.doFinal(plaintext, offset, length, box, NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
        return box;
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        return seal(plaintext, 0, plaintext.length, associatedData);
    }

    /** Returns the plaintext, or throws {@link AEADBadTagException} when the box or its context was altered. */
    public byte[] open(byte[] box, int offset, int length, byte[] associatedData) throws AEADBadTagException {
        if (length < OVERHEAD) {
            throw new AEADBadTagException("sealed box too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BYTES * 8, Arrays.copyOfRange(box, offset, offset + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(box, offset + NONCE_BYTES, length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Opens a box straight into {@code out} at {@code outOffset} and returns the plaintext's length. On
     * {@link AEADBadTagException} the caller must treat that part of {@code out} as unusable (and wipe it): it is
     * not specified whether the JDK writes plaintext before the tag is checked.
     */
    public int openInto(byte[] box, int offset, int length, byte[] associatedData, byte[] out, int outOffset)
            throws AEADBadTagException {
        if (length < OVERHEAD) {
            throw new AEADBadTagException("sealed box too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, box, offset, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(box, offset + NONCE_BYTES, length - NONCE_BYTES, out, outOffset);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (ShortBufferException e) {
            // The caller sized the buffer wrongly: a bug in Cairn, not a missing cipher or a damaged file.
            throw new IllegalStateException("the output buffer is too small for the opened box (a programming error)",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    public byte[] open(byte[] box, byte[] associatedData) throws AEADBadTagException {
        return open(box, 0, box.length, associatedData);
    }
}
