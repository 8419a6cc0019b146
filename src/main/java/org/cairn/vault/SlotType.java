package org.cairn.vault;

/** Which secret unwraps a key slot. Codes are part of the file format (docs/FORMAT.md). */
public enum SlotType {
    /** Format 1: the one passphrase of a casebook made before people had names; named at first unlock. */
    PASSPHRASE(1),
    /** Format 1: the recovery key, sealing the master key directly; replaced by {@link #RECOVERY} on rotation. */
    RECOVERY_KEY(2),
    /** A named person: their passphrase opens their X25519 private key, which opens the master key. */
    PERSON(3),
    /** The recovery key as an X25519 recipient, so the master key can be re-wrapped for it without the key. */
    RECOVERY(4);

    private final int code;

    SlotType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** True for the slots a passphrase opens. */
    public boolean opensWithPassphrase() {
        return this == PASSPHRASE || this == PERSON;
    }

    /** True for the slots the recovery key opens. */
    public boolean recovery() {
        return this == RECOVERY_KEY || this == RECOVERY;
    }

    static SlotType fromCode(int code) {
        for (SlotType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
