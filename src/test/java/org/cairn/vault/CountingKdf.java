package org.cairn.vault;

import java.util.concurrent.atomic.AtomicInteger;

/** Argon2id that counts how often it runs: unlocking must cost one derivation however many people there are. */
final class CountingKdf implements PassphraseKdf {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public byte[] derive(byte[] secret, byte[] salt, KdfParams params) {
        count.incrementAndGet();
        return Argon2Kdf.derive(secret, salt, params);
    }

    int takeCount() {
        return count.getAndSet(0);
    }
}
