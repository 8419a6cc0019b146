package org.cairn.vault;

/** Chooses the Argon2id cost for a new passphrase slot. */
@FunctionalInterface
public interface KdfPolicy {
    KdfParams paramsForNewSlot();

    /** Uncalibrated minimum cost (64 MiB, one pass): for tests and benchmarks that create many casebooks. */
    static KdfPolicy fixed(KdfParams params) {
        return () -> params;
    }
}
