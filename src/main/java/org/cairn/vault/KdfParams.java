package org.cairn.vault;

/** Argon2id cost parameters, stored in each passphrase key slot. */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /** Never less than 64 MiB (docs/ARCHITECTURE.md, keys). */
    public static final int MINIMUM_MEMORY_KIB = 64 * 1024;
    /**
     * Upper bounds stop a forged header from making unlock allocate more memory than an old laptop's JVM has, or
     * spin for minutes. Calibration never goes near them.
     */
    public static final int MAXIMUM_MEMORY_KIB = 1024 * 1024;
    public static final int MAXIMUM_ITERATIONS = 1000;
    public static final int MAXIMUM_PARALLELISM = 16;

    public KdfParams {
        if (memoryKiB < MINIMUM_MEMORY_KIB || memoryKiB > MAXIMUM_MEMORY_KIB
                || iterations < 1 || iterations > MAXIMUM_ITERATIONS
                || parallelism < 1 || parallelism > MAXIMUM_PARALLELISM) {
            throw new IllegalArgumentException("key derivation parameters out of range");
        }
    }

    public static KdfParams floor() {
        return new KdfParams(MINIMUM_MEMORY_KIB, 1, 1);
    }
}
