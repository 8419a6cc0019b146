package org.cairn.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Runs AES-GCM on throwaway data while the app waits for a person, before any casebook is unlocked. HotSpot only
 * uses its GHASH and AES intrinsics once the calling code is fully compiled, which takes about ten thousand calls;
 * until then a 38 MB snapshot took 800 ms or more to decrypt (docs/benchmarks.md). Running it during Argon2id
 * instead gained nothing on two cores: the two slowed each other down. It first loads SQLite's native library.
 */
public final class CipherWarmUp {
    static final int CALLS = 12_000;
    /** A whole default segment opens in well under this once the intrinsics are in use (about 10 ms before). */
    static final long COMPILED_SEGMENT_NANOS = 400_000;
    /** Gives up waiting for the compiler after this many segment-sized calls (a few seconds at the slowest). */
    static final int MAX_SEGMENT_CALLS = 400;

    private Thread thread;
    private boolean stopped;

    public CipherWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread and returns it; does nothing (null) once started or stopped. The
     * priority is only a hint: Linux ignores Java thread priorities by default, which is why unlocking stops it.
     */
    public synchronized Thread start() {
        if (stopped || thread != null) {
            return null;
        }
        thread = new Thread(CipherWarmUp::run, "cairn-cipher-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /**
     * Stops the warm-up for good, from any thread, as unlocking (or creating) begins: on two cores it would slow the
     * key derivation down. It ends between two calls; a start that comes later does nothing.
     */
    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static void run() {
        // SQLite's native library is the other fixed cost of the first unlock; it needs no casebook either.
        MemoryDatabase.loadLibrary();
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        byte[] box = new byte[64];
        byte[] nonce = new byte[Aead.NONCE_BYTES];
        byte[] context = new byte[41];
        try {
            for (int i = 0; i < CALLS && !Thread.currentThread().isInterrupted(); i++) {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(Aead.TAG_BYTES * 8, nonce));
                cipher.updateAAD(context);
                try {
                    cipher.doFinal(box);
                } catch (AEADBadTagException expected) {
                    // Throwaway data never authenticates; the decryption work is what counts.
                }
                nonce[0]++;
            }
            if (!Thread.currentThread().isInterrupted()) {
                untilSegmentsOpenFast(spec);
            }
        } catch (GeneralSecurityException e) {
            // No AES-GCM here means unlock fails with a clear message anyway; nothing to warm.
        }
    }

    /**
     * The compiler finishes after the calls above have been counted, on its own threads; on a busy machine that is
     * seconds later. Opening real segment-sized boxes until one opens at compiled speed makes the warm-up end when
     * unlocking would actually be fast, not merely when the compiler was asked.
     */
    private static void untilSegmentsOpenFast(SecretKeySpec spec) throws GeneralSecurityException {
        byte[] nonce = new byte[Aead.NONCE_BYTES];
        byte[] context = new byte[41];
        Cipher sealer = Cipher.getInstance("AES/GCM/NoPadding");
        sealer.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(Aead.TAG_BYTES * 8, nonce));
        sealer.updateAAD(context);
        byte[] box = sealer.doFinal(new byte[SnapshotHeader.DEFAULT_SEGMENT_SIZE]);
        byte[] out = new byte[SnapshotHeader.DEFAULT_SEGMENT_SIZE];
        for (int i = 0; i < MAX_SEGMENT_CALLS && !Thread.currentThread().isInterrupted(); i++) {
            long started = System.nanoTime();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(Aead.TAG_BYTES * 8, nonce));
            cipher.updateAAD(context);
            cipher.doFinal(box, 0, box.length, out, 0);
            if (System.nanoTime() - started < COMPILED_SEGMENT_NANOS) {
                return;
            }
        }
    }
}
