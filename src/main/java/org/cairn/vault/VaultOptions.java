package org.cairn.vault;

import java.security.SecureRandom;

/**
 * Knobs and seams of the storage engine.
 *
 * @param anchors where this computer remembers how far each casebook got (null: no rollback check)
 * @param readOnly open without writing anything into the casebook folder
 * @param acceptOlderCopy open a casebook older than remembered for writing, and remember it from now on
 */
public record VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes, RollbackAnchors anchors,
        boolean readOnly, boolean acceptOlderCopy) {
    public static final long DEFAULT_CHECKPOINT_LOG_BYTES = 32L * 1024 * 1024;

    public VaultOptions(FileOpener opener, SecureRandom random, long checkpointLogBytes) {
        this(opener, random, checkpointLogBytes, null, false, false);
    }

    public static VaultOptions standard() {
        return new VaultOptions(FileOpener.standard(), new SecureRandom(), DEFAULT_CHECKPOINT_LOG_BYTES);
    }

    public VaultOptions withOpener(FileOpener newOpener) {
        return new VaultOptions(newOpener, random, checkpointLogBytes, anchors, readOnly, acceptOlderCopy);
    }

    public VaultOptions withCheckpointLogBytes(long bytes) {
        return new VaultOptions(opener, random, bytes, anchors, readOnly, acceptOlderCopy);
    }

    public VaultOptions withAnchors(RollbackAnchors newAnchors) {
        return new VaultOptions(opener, random, checkpointLogBytes, newAnchors, readOnly, acceptOlderCopy);
    }

    public VaultOptions withReadOnly(boolean value) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, value, acceptOlderCopy);
    }

    public VaultOptions withAcceptOlderCopy(boolean value) {
        return new VaultOptions(opener, random, checkpointLogBytes, anchors, readOnly, value);
    }
}
