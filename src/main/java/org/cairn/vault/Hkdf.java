package org.cairn.vault;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF-SHA256 (RFC 5869). Labels keep the subkeys for different uses apart. */
public final class Hkdf {
    private Hkdf() {
    }

    public static byte[] derive(byte[] inputKey, byte[] salt, String label, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKey, salt, label.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return out;
    }
}
