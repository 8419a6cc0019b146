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
 * Reads casebook.log. Only a final frame cut short (or a zero-filled end, as some file systems leave after a crash)
 * was never acknowledged and is a torn tail. A complete record that fails authentication, or a damaged frame, is
 * damage wherever it is: the records before it are kept and {@code damage} says what was found.
 */
record LogScan(LogHeader header, List<byte[]> records, long validEnd, boolean tornTail, String damage) {
    /** Far above what a checkpointed log reaches (32 MiB by default); a larger file is refused before reading. */
    static final long MAX_LOG_BYTES = 512L * 1024 * 1024;

    static LogScan read(Path path, MasterKey masterKey) {
        return read(path, masterKey, Long.MIN_VALUE);
    }

    /**
     * Like {@link #read(Path, MasterKey)}, but a log of generation {@code snapshotGeneration - 1} is stale: all of
     * it is in the snapshot, so it is never read, and after a crash during a key rotation it is under the old key.
     */
    static LogScan read(Path path, MasterKey masterKey, long snapshotGeneration) {
        String name = path.getFileName().toString();
        byte[] file;
        try {
            long size = Files.size(path);
            if (size > MAX_LOG_BYTES) {
                throw new DamagedException(name, size, "the log is larger than Cairn ever writes ("
                        + (MAX_LOG_BYTES >> 20) + " MiB)");
            }
            file = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DamagedException(name, 0, "the log file is missing");
        } catch (IOException e) {
            throw new StorageFailedException("read " + name, e);
        }
        if (file.length < LogHeader.BYTES) {
            throw new DamagedException(name, file.length, "log header cut short");
        }
        LogHeader unverified = LogHeader.peek(Arrays.copyOf(file, LogHeader.BYTES), name);
        if (snapshotGeneration != Long.MIN_VALUE && unverified.generation() == snapshotGeneration - 1) {
            return new LogScan(unverified, List.of(), file.length, false, null);
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
                return torn(header, records, position);
            }
            int length = LogFrame.parse(ByteBuffer.wrap(file, position, LogFrame.PREFIX_BYTES));
            if (length < 0) {
                if (allZero(file, position)) {
                    return torn(header, records, position);
                }
                return damaged(header, records, position, name, "log record " + sequence + " has a damaged frame");
            }
            int end = position + LogFrame.PREFIX_BYTES + length;
            if (end > file.length || end < 0) {
                return torn(header, records, position);
            }
            try {
                records.add(aead.open(file, position + LogFrame.PREFIX_BYTES, length, header.recordContext(sequence)));
            } catch (AEADBadTagException e) {
                if (end == file.length && allZero(file, end - Aead.TAG_BYTES)) {
                    // The length reached the disk but the data did not: the file system zero-filled the end.
                    return torn(header, records, position);
                }
                return damaged(header, records, position, name, "log record " + sequence
                        + " failed authentication");
            }
            position = end;
            sequence++;
        }
        return new LogScan(header, records, position, false, null);
    }

    private static LogScan torn(LogHeader header, List<byte[]> records, int position) {
        return new LogScan(header, records, position, true, null);
    }

    private static LogScan damaged(LogHeader header, List<byte[]> records, int position, String name, String what) {
        return new LogScan(header, records, position, false, name + " is damaged or was changed at byte " + position
                + " (" + what + "); only the " + records.size() + " change(s) before it could be read");
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
