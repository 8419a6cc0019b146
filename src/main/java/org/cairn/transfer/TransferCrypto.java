package org.cairn.transfer;

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
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Hkdf;

/**
 * Seals a transfer file to one casebook and signs it as another, from standard parts only (ADR 0039): a fresh
 * X25519 key pair per file agrees with the receiver's key, HKDF-SHA256 (salt: both public keys) gives an AES-256
 * key, AES-256-GCM encrypts the payload with the header as associated data, and Ed25519 signs everything before
 * the signature. docs/FORMAT.md gives the byte layout.
 *
 * <pre>
 * magic "CAIRNTF1" (8) | format 3 (2 still read) (1) | sender casebook id (16) | receiver casebook id (16) | sequence (8)
 * | ephemeral public key (32) | nonce (12) | ciphertext length (4) | ciphertext and tag | Ed25519 signature (64)
 * </pre>
 */
final class TransferCrypto {
    static final byte[] MAGIC = "CAIRNTF1".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 3;
    /** The format before kept records and erasure notices travelled (ADR 0057); its files are still read. */
    static final int FORMAT_2 = 2;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int SIGNATURE_BYTES = 64;
    static final int HEADER_BYTES = MAGIC.length + 1 + 16 + 16 + 8 + 32 + NONCE_BYTES + 4;
    /** 500 cases with their notes are a few megabytes; this refuses a wrong huge file before reading it all. */
    static final int MAX_BYTES = 256 * 1024 * 1024;
    private static final String LABEL = "cairn transfer v1 aes-256-gcm";

    /** The fields of a header, read before anything is decrypted; {@code format} says how to read the payload. */
    record Header(String sender, String receiver, long sequence, int format) {
        Header(String sender, String receiver, long sequence) {
            this(sender, receiver, sequence, FORMAT);
        }
    }

    private final SecureRandom random;

    TransferCrypto(SecureRandom random) {
        this.random = random;
    }

    byte[] seal(Header header, TransferKeys sender, byte[] receiverKey, byte[] payload) {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        int sealedLength = payload.length + TAG_BYTES;
        byte[] head = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put((byte) header.format())
                .put(PairingCard.uuidBytes(header.sender())).put(PairingCard.uuidBytes(header.receiver()))
                .putLong(header.sequence()).put(ephemeralPublic).put(nonce).putInt(sealedLength).array();
        byte[] key = key(ephemeral, receiverKey, ephemeralPublic, receiverKey);
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, head).doFinal(payload);
            ByteBuffer file = ByteBuffer.allocate(head.length + sealed.length + SIGNATURE_BYTES).put(head).put(sealed);
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, new Ed25519PrivateKeyParameters(sender.signingPrivate(), 0));
            signer.update(file.array(), 0, head.length + sealed.length);
            return file.put(signer.generateSignature()).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The header of a file that starts like a transfer of this format; refuses anything else. */
    static Header header(byte[] file) {
        if (file.length < MAGIC.length + 1 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new TransferRejectedException(Reason.NOT_A_TRANSFER);
        }
        int format = file[MAGIC.length] & 0xFF;
        if (format != FORMAT && format != FORMAT_2) {
            throw new TransferRejectedException(Reason.OTHER_VERSION);
        }
        if (file.length < HEADER_BYTES + TAG_BYTES + SIGNATURE_BYTES) {
            throw new TransferRejectedException(Reason.NOT_A_TRANSFER);
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length + 1, HEADER_BYTES - MAGIC.length - 1);
        byte[] sender = new byte[16];
        byte[] receiver = new byte[16];
        in.get(sender).get(receiver);
        return new Header(PairingCard.uuidText(sender), PairingCard.uuidText(receiver), in.getLong(), format);
    }

    /**
     * Checks the sender's signature over the whole file, then decrypts with this casebook's receiving key. Call
     * only after {@link #header} named this casebook as receiver and a paired sender.
     */
    static byte[] open(byte[] file, byte[] senderSigningKey, TransferKeys own) {
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(HEADER_BYTES - 4);
        long sealedLength = in.getInt() & 0xFFFFFFFFL;
        if (sealedLength < TAG_BYTES || HEADER_BYTES + sealedLength + SIGNATURE_BYTES != file.length) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
        int signed = file.length - SIGNATURE_BYTES;
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(senderSigningKey, 0));
        verifier.update(file, 0, signed);
        if (!verifier.verifySignature(Arrays.copyOfRange(file, signed, file.length))) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
        byte[] head = Arrays.copyOf(file, HEADER_BYTES);
        byte[] ephemeralPublic = Arrays.copyOfRange(file, HEADER_BYTES - 4 - NONCE_BYTES - 32,
                HEADER_BYTES - 4 - NONCE_BYTES);
        byte[] nonce = Arrays.copyOfRange(file, HEADER_BYTES - 4 - NONCE_BYTES, HEADER_BYTES - 4);
        byte[] key = null;
        try {
            key = key(new X25519PrivateKeyParameters(own.receivingPrivate(), 0), ephemeralPublic, ephemeralPublic,
                    own.receivingPublic());
            return gcm(Cipher.DECRYPT_MODE, key, nonce, head).doFinal(file, HEADER_BYTES, (int) sealedLength);
        } catch (AEADBadTagException | IllegalStateException e) {
            // IllegalStateException: X25519 refuses a low-order ephemeral key (a forged header).
            throw new TransferRejectedException(Reason.TAMPERED);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** Both sides agree on the same AES key: each uses the other's public key, both hash both public keys. */
    private static byte[] key(X25519PrivateKeyParameters own, byte[] peerPublic, byte[] ephemeralPublic,
            byte[] receiverPublic) {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(own);
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(peerPublic, 0), shared, 0);
        byte[] salt = ByteBuffer.allocate(64).put(ephemeralPublic).put(receiverPublic).array();
        try {
            return Hkdf.derive(shared, salt, LABEL, 32);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce, byte[] header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(header);
        return cipher;
    }
}
