package org.cairn.vault;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/** A record's frame prefix: the sealed length and a CRC-32C of it, so a damaged length is told from a torn write. */
final class LogFrame {
    static final int PREFIX_BYTES = 8;
    static final int MAX_RECORD_BYTES = 256 * 1024 * 1024;

    private LogFrame() {
    }

    static byte[] prefix(int sealedLength) {
        ByteBuffer buffer = ByteBuffer.allocate(PREFIX_BYTES).putInt(sealedLength);
        return buffer.putInt(crc(sealedLength)).array();
    }

    /** Returns the sealed length, or -1 when the prefix is not intact. */
    static int parse(ByteBuffer prefix) {
        int length = prefix.getInt();
        int check = prefix.getInt();
        if (check != crc(length) || length < Aead.OVERHEAD || length > MAX_RECORD_BYTES) {
            return -1;
        }
        return length;
    }

    private static int crc(int length) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(length).array());
        return (int) crc.getValue();
    }
}
