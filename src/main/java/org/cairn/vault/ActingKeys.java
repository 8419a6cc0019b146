package org.cairn.vault;

import java.util.Arrays;

/**
 * What an open vault keeps about whoever unlocked it: their slot, the key kept for naming a format-1 slot, and the
 * X25519 private key of the slot that opened (a person's or the recovery slot's) for opening the case keys wrapped
 * for it. Both keys are wiped when replaced and when the vault closes. Guarded by the vault's lock.
 */
final class ActingKeys {
    private int slotId = SlotUnwrapper.Unlocked.RECOVERY;
    private byte[] namingKey;
    private byte[] holderKey;

    Void set(int slot, byte[] naming, byte[] holder) {
        wipe(namingKey, naming);
        wipe(holderKey, holder);
        slotId = slot;
        namingKey = naming;
        holderKey = holder;
        return null;
    }

    int slotId() {
        return slotId;
    }

    byte[] namingKey() {
        return namingKey;
    }

    /** Null after unlocking with a format-1 slot, which has no key pair. */
    byte[] holderKey() {
        return holderKey;
    }

    private static void wipe(byte[] old, byte[] replacement) {
        if (old != null && old != replacement) {
            Arrays.fill(old, (byte) 0);
        }
    }
}
