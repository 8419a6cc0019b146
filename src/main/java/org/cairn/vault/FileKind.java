package org.cairn.vault;

import java.nio.charset.StandardCharsets;

/** The two files that share the snapshot layout; the magic keeps a backup from being mistaken for a casebook. */
public enum FileKind {
    CASEBOOK("CAIRNDB\0"), BACKUP("CAIRNBK\0");

    private final byte[] magic;

    FileKind(String magic) {
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
    }

    public byte[] magic() {
        return magic.clone();
    }

    static FileKind fromMagic(byte[] candidate) {
        for (FileKind kind : values()) {
            if (java.util.Arrays.equals(kind.magic, candidate)) {
                return kind;
            }
        }
        return null;
    }
}
