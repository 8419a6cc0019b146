package org.cairn.transfer;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A receipt for a move (ADR 0043): the receiving casebook says, signed with its pairing key, that it holds the
 * cases of one transfer file. It carries only random ids and numbers, so it is signed but not encrypted. The sender
 * checks the signature against the card it paired with before believing any of it.
 *
 * <pre>
 * magic "CAIRNMR1" (8) | format 1 (1) | signer casebook id (16) | addressee casebook id (16) | transfer sequence (8)
 * | made at, ms (8) | case count (4) | case ids (16 each) | Ed25519 signature (64)
 * </pre>
 */
record MoveReceipt(String signer, String addressee, long sequence, Instant madeAt, List<String> caseUids) {
    static final byte[] MAGIC = "CAIRNMR1".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    /** A receipt for more cases than any transfer holds is damage, refused before it is read. */
    static final int MAX_CASES = 100_000;
    private static final int FIXED = MAGIC.length + 1 + 16 + 16 + 8 + 8 + 4;

    MoveReceipt {
        caseUids = List.copyOf(caseUids);
    }

    byte[] sign(byte[] signingPrivate) {
        ByteBuffer out = ByteBuffer.allocate(FIXED + 16 * caseUids.size() + TransferCrypto.SIGNATURE_BYTES);
        out.put(MAGIC).put((byte) FORMAT).put(PairingCard.uuidBytes(signer)).put(PairingCard.uuidBytes(addressee))
                .putLong(sequence).putLong(madeAt.toEpochMilli()).putInt(caseUids.size());
        caseUids.forEach(uid -> out.put(PairingCard.uuidBytes(uid)));
        Ed25519Signer signerKey = new Ed25519Signer();
        signerKey.init(true, new Ed25519PrivateKeyParameters(signingPrivate, 0));
        signerKey.update(out.array(), 0, out.position());
        return out.put(signerKey.generateSignature()).array();
    }

    /** The receipt's fields, unchecked: the caller finds the signer's key, then calls {@link #verify}. */
    static MoveReceipt read(byte[] bytes) {
        if (bytes.length < FIXED + TransferCrypto.SIGNATURE_BYTES
                || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC) || bytes[MAGIC.length] != FORMAT) {
            throw new ReceiptRefusedException(ReceiptRefusedException.Reason.NOT_A_RECEIPT);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, MAGIC.length + 1, bytes.length - MAGIC.length - 1);
            String signer = uuid(in);
            String addressee = uuid(in);
            long sequence = in.getLong();
            Instant madeAt = Instant.ofEpochMilli(in.getLong());
            int count = in.getInt();
            if (count < 0 || count > MAX_CASES
                    || (long) FIXED + 16L * count + TransferCrypto.SIGNATURE_BYTES != bytes.length) {
                throw new ReceiptRefusedException(ReceiptRefusedException.Reason.TAMPERED);
            }
            List<String> uids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                uids.add(uuid(in));
            }
            return new MoveReceipt(signer, addressee, sequence, madeAt, uids);
        } catch (BufferUnderflowException e) {
            throw new ReceiptRefusedException(ReceiptRefusedException.Reason.TAMPERED);
        }
    }

    /** Refuses {@code bytes} unless the signature over everything before it checks with {@code signingKey}. */
    static void verify(byte[] bytes, byte[] signingKey) {
        int signed = bytes.length - TransferCrypto.SIGNATURE_BYTES;
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(signingKey, 0));
        verifier.update(bytes, 0, signed);
        if (!verifier.verifySignature(Arrays.copyOfRange(bytes, signed, bytes.length))) {
            throw new ReceiptRefusedException(ReceiptRefusedException.Reason.TAMPERED);
        }
    }

    private static String uuid(ByteBuffer in) {
        byte[] id = new byte[16];
        in.get(id);
        return PairingCard.uuidText(id);
    }
}
