package org.cairn.vault;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Decrypts a snapshot, backup or log file as docs/FORMAT.md describes it, with JCA and Bouncy Castle and no Cairn
 * reader, so a test can search what is really on disk. Only the master key is taken from the open vault.
 */
public final class DecryptedFiles {
    private DecryptedFiles() {
    }

    public static byte[] masterKey(Vault vault) {
        return vault.inspect((header, key, slot) -> key.bytes().clone());
    }

    /** The plain database image inside a snapshot or a backup. */
    public static byte[] snapshot(Path path, byte[] masterKey) throws Exception {
        byte[] file = Files.readAllBytes(path);
        ByteBuffer in = ByteBuffer.wrap(file);
        byte[] magic = take(in, 8);
        in.getShort();
        int headerLength = in.getShort() & 0xFFFF;
        byte[] id = take(in, 16);
        long generation = in.getLong();
        byte[] salt = take(in, 32);
        int segmentSize = in.getInt();
        byte[] key = hkdf(masterKey, salt, "cairn/v1/snapshot");
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        int position = headerLength;
        for (long index = 0; position < file.length; index++) {
            int boxLength = Math.min(segmentSize + 28, file.length - position);
            boolean last = position + boxLength == file.length;
            byte[] aad = ByteBuffer.allocate(41).put(magic).put(id).putLong(generation).putLong(index)
                    .put((byte) (last ? 1 : 0)).array();
            image.write(open(key, Arrays.copyOfRange(file, position, position + boxLength), aad));
            position += boxLength;
        }
        return image.toByteArray();
    }

    /** Every frame of a redo log, decrypted and concatenated (the recorded statements and their parameters). */
    public static byte[] log(Path path, byte[] masterKey) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(path));
        if (!new String(take(in, 8), StandardCharsets.US_ASCII).equals("CAIRNLG\0")) {
            throw new IllegalArgumentException("not a log");
        }
        in.getShort();
        byte[] id = take(in, 16);
        long generation = in.getLong();
        byte[] salt = take(in, 32);
        take(in, 32);
        byte[] key = hkdf(masterKey, salt, "cairn/v1/log");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        for (long k = 0; in.remaining() >= 8; k++) {
            int length = in.getInt();
            in.getInt();
            byte[] aad = ByteBuffer.allocate(32).put(id).putLong(generation).putLong(k).array();
            plain.write(open(key, take(in, length), aad));
        }
        return plain.toByteArray();
    }

    private static byte[] hkdf(byte[] ikm, byte[] salt, String info) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[32];
        generator.generateBytes(out, 0, 32);
        return out;
    }

    private static byte[] open(byte[] key, byte[] box, byte[] aad) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, Arrays.copyOf(box, 12)));
        cipher.updateAAD(aad);
        return cipher.doFinal(box, 12, box.length - 12);
    }

    private static byte[] take(ByteBuffer buffer, int count) {
        byte[] out = new byte[count];
        buffer.get(out);
        return out;
    }
}
