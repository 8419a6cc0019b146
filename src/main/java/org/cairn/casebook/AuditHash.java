package org.cairn.casebook;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The chain function: SHA-256 over the previous row's hash and a canonical, length-prefixed encoding of the row.
 * Length prefixes make the encoding unambiguous, so no two different rows hash the same input.
 */
final class AuditHash {
    static final int BYTES = 32;
    static final byte[] GENESIS = new byte[BYTES];

    private AuditHash() {
    }

    static byte[] next(byte[] previous, long id, long atMillis, String actor, String action, String subject,
            String reason) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(previous);
            out.writeLong(id);
            out.writeLong(atMillis);
            writeText(out, actor);
            writeText(out, action);
            writeText(out, subject);
            writeText(out, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
