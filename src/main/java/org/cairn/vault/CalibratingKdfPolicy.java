package org.cairn.vault;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Picks the Argon2id pass count so that one derivation takes about {@code target} on this
 * machine, at a fixed memory cost of at least 64 MiB.
 */
public final class CalibratingKdfPolicy implements KdfPolicy {
    private static final int MIN_ITERATIONS = 2;
    private final Duration target;
    private final int memoryKiB;
    private final LongSupplier nanoTime;

    public CalibratingKdfPolicy(Duration target, int memoryKiB, LongSupplier nanoTime) {
        this.target = target;
        this.memoryKiB = Math.max(memoryKiB, KdfParams.MINIMUM_MEMORY_KIB);
        this.nanoTime = nanoTime;
    }

    public static CalibratingKdfPolicy standard() {
        return new CalibratingKdfPolicy(Duration.ofMillis(700), KdfParams.MINIMUM_MEMORY_KIB, System::nanoTime);
    }

    @Override
    public KdfParams paramsForNewSlot() {
        byte[] probeSecret = new byte[16];
        byte[] probeSalt = new byte[16];
        KdfParams one = new KdfParams(memoryKiB, 1, 1);
        Argon2Kdf.derive(probeSecret, probeSalt, one); // warm-up: the first run pays for class loading
        long start = nanoTime.getAsLong();
        Argon2Kdf.derive(probeSecret, probeSalt, new KdfParams(memoryKiB, 2, 1));
        long perPass = Math.max(1, (nanoTime.getAsLong() - start) / 2);
        long passes = target.toNanos() / perPass;
        int iterations = (int) Math.max(MIN_ITERATIONS, Math.min(passes, KdfParams.MAXIMUM_ITERATIONS));
        return new KdfParams(memoryKiB, iterations, 1);
    }
}
