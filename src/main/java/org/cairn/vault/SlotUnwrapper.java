package org.cairn.vault;

import java.util.Optional;

/** Tries a secret against a header's key slots. */
@FunctionalInterface
interface SlotUnwrapper {
    Optional<Unlocked> unwrap(SnapshotHeader header);

    /**
     * The master key and which slot gave it.
     *
     * @param slotId the person's slot id; {@link #LEGACY} for a format-1 passphrase slot, {@link #RECOVERY} for the
     *               recovery key
     * @param namingKey for a format-1 passphrase slot only: Argon2id of the passphrase in form C with that slot's
     *                  salt, kept so the slot can become a named person's without asking for the passphrase again
     * @param holderKey the X25519 private key of the slot that opened (a person's, or the recovery slot's), kept
     *                  while unlocked to open the case keys wrapped for it; null for a format-1 slot
     */
    record Unlocked(byte[] masterKey, int slotId, byte[] namingKey, byte[] holderKey) {
        static final int LEGACY = 0;
        static final int RECOVERY = -1;
    }
}
