package org.cairn.stats;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.cairn.vault.Hkdf;

/**
 * Seals a bundle for one coordinator (ECIES-style, ADR 0011; no new primitive): a fresh X25519 key pair per
 * bundle, agreement with the coordinator's public key, HKDF-SHA256 over the shared secret (salt: both public keys)
 * to an AES-256 key, and AES-256-GCM over the payload with the whole header as associated data, so that any
 * changed byte, header included, makes opening fail.
 *
 * <pre>
 * magic "CAIRNCB1" (8) | version 1 (1) | coordinator key id (16) | ephemeral public key (32) | nonce (12)
 * | ciphertext and 16-byte tag
 * </pre>
 */
final class BundleCrypto {
    static final byte[] MAGIC = "CAIRNCB1".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int HEADER_BYTES = MAGIC.length + 1 + CoordinatorKey.KEY_ID_BYTES + CoordinatorKey.PUBLIC_KEY_BYTES
            + NONCE_BYTES;
    /** Far above any real bundle (40 quarters of every table is under 200 KB); stops reading a wrong huge file. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String LABEL = "cairn counts bundle v1 aes-256-gcm";

    private final SecureRandom random;

    BundleCrypto(SecureRandom random) {
        this.random = random;
    }

    /** A new coordinator key pair: the private key (32 bytes) and the public key. */
    KeyPair newKeyPair() {
        X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(random);
        byte[] keyId = new byte[CoordinatorKey.KEY_ID_BYTES];
        random.nextBytes(keyId);
        return new KeyPair(privateKey.getEncoded(), new CoordinatorKey(keyId, privateKey.generatePublicKey()
                .getEncoded()));
    }

    byte[] seal(CoordinatorKey coordinator, byte[] payload) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put((byte) VERSION).put(coordinator.keyId())
                .put(ephemeralPublic).put(nonce).array();
        byte[] key = key(ephemeral, coordinator.publicKey(), ephemeralPublic, coordinator.publicKey());
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, header).doFinal(payload);
            return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The coordinator key id in a bundle's header, if the file starts like a bundle of this format. */
    static java.util.Optional<byte[]> keyIdOf(byte[] file) {
        if (file.length < HEADER_BYTES || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)
                || (file[MAGIC.length] & 0xFF) != VERSION) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Arrays.copyOfRange(file, MAGIC.length + 1, MAGIC.length + 1
                + CoordinatorKey.KEY_ID_BYTES));
    }

    /** Opens a bundle with the coordinator's key pair, or says in plain words why it cannot be used. */
    byte[] open(KeyPair coordinator, byte[] file, String name) {
        if (file.length < HEADER_BYTES + TAG_BITS / 8
                || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new BundleRejectedException(CountsProblem.BUNDLE_NOT_A_BUNDLE,
                    name + " is not a Cairn counts bundle; nothing was imported", name);
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(MAGIC.length);
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            throw new BundleRejectedException(CountsProblem.BUNDLE_OTHER_FORMAT, name + " was made by a different version of Cairn (bundle format "
                    + version + "); nothing was imported. Update Cairn on both laptops, then make the bundle again", name, version);
        }
        byte[] keyId = new byte[CoordinatorKey.KEY_ID_BYTES];
        byte[] ephemeralPublic = new byte[CoordinatorKey.PUBLIC_KEY_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(keyId).get(ephemeralPublic).get(nonce);
        if (!Arrays.equals(keyId, coordinator.publicKey().keyId())) {
            throw new BundleRejectedException(CountsProblem.BUNDLE_OTHER_KEY, name + " was made for another coordinator's key, not this casebook's "
                    + "(fingerprint " + coordinator.publicKey().fingerprint() + "); nothing was imported. The laptop "
                    + "must import this casebook's key file (cairn stats-key export) and make the bundle again", name,
                    coordinator.publicKey().fingerprint());
        }
        byte[] header = Arrays.copyOf(file, HEADER_BYTES);
        byte[] key = null;
        try {
            byte[] own = coordinator.publicKey().publicKey();
            key = key(new X25519PrivateKeyParameters(coordinator.privateKey()), ephemeralPublic, ephemeralPublic, own);
            return gcm(Cipher.DECRYPT_MODE, key, nonce, header).doFinal(file, HEADER_BYTES,
                    file.length - HEADER_BYTES);
        } catch (AEADBadTagException | IllegalStateException e) {
            // IllegalStateException: X25519 refuses a low-order ephemeral key (a forged header).
            throw tampered(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    static BundleRejectedException tampered(String name) {
        return new BundleRejectedException(CountsProblem.BUNDLE_DAMAGED, name + " has been changed or damaged since it was made (it failed its "
                + "authentication check); nothing was imported. Ask the laptop for a fresh copy", name);
    }

    /** The AES key both sides derive: each agrees with the other's public key, and both hash both public keys. */
    private static byte[] key(X25519PrivateKeyParameters own, byte[] peerPublic, byte[] ephemeralPublic,
            byte[] coordinatorPublic) {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(own);
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(peerPublic, 0), shared, 0);
        byte[] salt = ByteBuffer.allocate(2 * CoordinatorKey.PUBLIC_KEY_BYTES).put(ephemeralPublic)
                .put(coordinatorPublic).array();
        try {
            return Hkdf.derive(shared, salt, LABEL, 32);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce, byte[] header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        return cipher;
    }

    /** The coordinator's key pair as kept in its casebook. */
    record KeyPair(byte[] privateKey, CoordinatorKey publicKey) {
    }
}
