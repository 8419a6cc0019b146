package org.cairn.vault;

/** Which secret unwraps a key slot. Codes are part of the file format. */
public enum SlotType {
    PASSPHRASE(1), RECOVERY_KEY(2);

    private final int code;

    SlotType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
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
