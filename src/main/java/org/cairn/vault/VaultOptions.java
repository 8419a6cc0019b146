package org.cairn.vault;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Knobs and seams of the storage engine.
 *
 * @param anchors where this computer remembers how far each casebook got (null: no rollback check)
 * @param readOnly open without writing anything into the casebook folder
 * @param acceptOlderCopy open a casebook older than remembered for writing, and remember it from now on
 * @param kdf how passphrases become keys (Argon2id; a counting seam in tests)
 * @param clock when a person's slot was added
 */
public record VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes, RollbackAnchors anchors,
        boolean readOnly, boolean acceptOlderCopy, PassphraseKdf kdf, Clock clock) {
    public static final long DEFAULT_CHECKPOINT_LOG_BYTES = 32L * 1024 * 1024;

    public VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes) {
        this(opener, random, checkpointLogBytes, null, false, false, PassphraseKdf.argon2id(), Clock.systemUTC());
    }

    public VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes, RollbackAnchors anchors,
            boolean readOnly, boolean acceptOlderCopy) {
        this(opener, random, checkpointLogBytes, anchors, readOnly, acceptOlderCopy, PassphraseKdf.argon2id(),
                Clock.systemUTC());
    }

    public static VaultOptions standard() {
        return new VaultOptions(FileOpener.standard(), new SecureRandom(), DEFAULT_CHECKPOINT_LOG_BYTES);
    }

    public VaultOptions withOpener(FileOpener newOpener) {
        return new VaultOptions(newOpener, random, checkpointLogBytes, anchors, readOnly, acceptOlderCopy, kdf, clock);
    }

    public VaultOptions withCheckpointLogBytes(long bytes) {
        return new VaultOptions(opener, random, bytes, anchors, readOnly, acceptOlderCopy, kdf, clock);
    }

    public VaultOptions withAnchors(RollbackAnchors newAnchors) {
        return new VaultOptions(opener, random, checkpointLogBytes, newAnchors, readOnly, acceptOlderCopy, kdf, clock);
    }

    public VaultOptions withReadOnly(boolean value) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, value, acceptOlderCopy, kdf, clock);
    }

    public VaultOptions withAcceptOlderCopy(boolean value) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, readOnly, value, kdf, clock);
    }

    public VaultOptions withKdf(PassphraseKdf newKdf) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, readOnly, acceptOlderCopy, newKdf, clock);
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, readOnly, acceptOlderCopy, kdf, newClock);
    }
}
