package org.cairn.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The 98-byte header of casebook.log: which casebook and snapshot generation its records follow. */
record LogHeader(byte[] casebookId, long generation, byte[] logSalt) {
    static final byte[] MAGIC = "CAIRNLG\0".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int BODY_BYTES = 8 + 2 + SnapshotHeader.CASEBOOK_ID_BYTES + 8 + SnapshotHeader.SALT_BYTES;
    static final int BYTES = BODY_BYTES + 32;

    byte[] encode(MasterKey masterKey) {
        byte[] body = ByteBuffer.allocate(BODY_BYTES).put(MAGIC).putShort((short) VERSION).put(casebookId)
                .putLong(generation).put(logSalt).array();
        return SnapshotFile.concat(body, masterKey.mac(logSalt, MasterKey.LOG_HEADER_MAC_LABEL, body, body.length));
    }

    /**
     * The header's fields without checking its MAC: used alone only to tell which generation a log claims to
     * follow; {@link #decode} checks the MAC too.
     */
    static LogHeader peek(byte[] raw, String fileName) {
        ByteBuffer in = ByteBuffer.wrap(raw);
        byte[] magic = new byte[8];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC) || in.getShort() != VERSION) {
            throw new DamagedException(fileName, 0, "not a Cairn log header");
        }
        byte[] id = new byte[SnapshotHeader.CASEBOOK_ID_BYTES];
        in.get(id);
        long generation = in.getLong();
        byte[] salt = new byte[SnapshotHeader.SALT_BYTES];
        in.get(salt);
        return new LogHeader(id, generation, salt);
    }

    /** The header after checking its MAC under {@code masterKey}; damage is reported against {@code fileName}. */
    static LogHeader decode(byte[] raw, MasterKey masterKey, String fileName) {
        LogHeader header = peek(raw, fileName);
        byte[] mac = Arrays.copyOfRange(raw, BODY_BYTES, BYTES);
        if (!masterKey.macMatches(header.logSalt(), MasterKey.LOG_HEADER_MAC_LABEL, raw, BODY_BYTES, mac)) {
            throw new DamagedException(fileName, BODY_BYTES, "log header failed authentication");
        }
        return header;
    }

    byte[] recordContext(long sequence) {
        return ByteBuffer.allocate(SnapshotHeader.CASEBOOK_ID_BYTES + 16).put(casebookId).putLong(generation)
                .putLong(sequence).array();
    }
}
