package org.cairn.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id through Bouncy Castle. */
public final class Argon2Kdf {
    public static final int KEY_BYTES = 32;

    private Argon2Kdf() {
    }

    /** Derives a 256-bit key; the caller wipes both the secret and the result. */
    public static byte[] derive(byte[] secret, byte[] salt, KdfParams params) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[KEY_BYTES];
        generator.generateBytes(secret, key);
        return key;
    }
}
