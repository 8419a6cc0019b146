package org.cairn.vault;

import java.security.SecureRandom;

/** Knobs and seams of the storage engine. */
public record VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes) {
    public static final long DEFAULT_CHECKPOINT_LOG_BYTES = 32L * 1024 * 1024;

    public static VaultOptions standard() {
        return new VaultOptions(FileOpener.standard(), new SecureRandom(), DEFAULT_CHECKPOINT_LOG_BYTES);
    }

    public VaultOptions withOpener(FileOpener newOpener) {
        return new VaultOptions(newOpener, random, checkpointLogBytes);
    }

    public VaultOptions withCheckpointLogBytes(long bytes) {
        return new VaultOptions(opener, random, bytes);
    }
}
