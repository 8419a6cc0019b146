package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;

/**
 * Reads casebook.log. A final record that is incomplete or fails authentication was never acknowledged and is
 * reported as a torn tail; anything bad before the end is damage.
 */
record LogScan(LogHeader header, List<byte[]> records, long validEnd, boolean tornTail) {
    static LogScan read(Path path, MasterKey masterKey) {
        String name = path.getFileName().toString();
        byte[] file;
        try {
            file = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DamagedException(name, 0, "the log file is missing");
        } catch (IOException e) {
            throw new StorageFailedException("read " + name, e);
        }
        if (file.length < LogHeader.BYTES) {
            throw new DamagedException(name, file.length, "log header cut short");
        }
        LogHeader header = LogHeader.decode(Arrays.copyOf(file, LogHeader.BYTES), masterKey, name);
        byte[] key = masterKey.subkey(header.logSalt(), MasterKey.LOG_LABEL);
        try {
            return scanRecords(file, header, new Aead(key, new SecureRandom()), name);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static LogScan scanRecords(byte[] file, LogHeader header, Aead aead, String name) {
        List<byte[]> records = new ArrayList<>();
        int position = LogHeader.BYTES;
        long sequence = 0;
        while (position < file.length) {
            int remaining = file.length - position;
            if (remaining < LogFrame.PREFIX_BYTES) {
                return new LogScan(header, records, position, true);
            }
            int length = LogFrame.parse(ByteBuffer.wrap(file, position, LogFrame.PREFIX_BYTES));
            if (length < 0) {
                if (allZero(file, position)) {
                    return new LogScan(header, records, position, true);
                }
                throw new DamagedException(name, position, "log record " + sequence + " has a damaged frame");
            }
            int end = position + LogFrame.PREFIX_BYTES + length;
            if (end > file.length || end < 0) {
                return new LogScan(header, records, position, true);
            }
            try {
                records.add(aead.open(file, position + LogFrame.PREFIX_BYTES, length, header.recordContext(sequence)));
            } catch (AEADBadTagException e) {
                if (end == file.length) {
                    return new LogScan(header, records, position, true);
                }
                throw new DamagedException(name, position, "log record " + sequence + " failed authentication");
            }
            position = end;
            sequence++;
        }
        return new LogScan(header, records, position, false);
    }

    private static boolean allZero(byte[] file, int from) {
        for (int i = from; i < file.length; i++) {
            if (file[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
