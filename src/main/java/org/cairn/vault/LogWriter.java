package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;

/** Appends sealed records to casebook.log and forces each one to disk before returning. */
final class LogWriter implements AutoCloseable {
    private final FileChannel channel;
    private final LogHeader header;
    private final Aead aead;
    private final byte[] key;
    private long end;
    private long nextSequence;
    private boolean broken;

    private LogWriter(FileChannel channel, LogHeader header, byte[] key, SecureRandom random, long end,
            long nextSequence) {
        this.channel = channel;
        this.header = header;
        this.key = key;
        this.aead = new Aead(key, random);
        this.end = end;
        this.nextSequence = nextSequence;
    }

    /** Replaces the log with an empty one for {@code header}'s generation. */
    static LogWriter createEmpty(FileOpener opener, Path path, LogHeader header, MasterKey masterKey,
            SecureRandom random) throws IOException {
        byte[] encoded = header.encode(masterKey);
        AtomicFiles.replace(opener, path, channel -> SnapshotFile.writeFully(channel, ByteBuffer.wrap(encoded)));
        return resume(opener, path, header, masterKey, random, LogHeader.BYTES, 0);
    }

    /** Continues a scanned log; anything after {@code validEnd} (a torn tail) is cut off first. */
    static LogWriter resume(FileOpener opener, Path path, LogHeader header, MasterKey masterKey, SecureRandom random,
            long validEnd, long nextSequence) throws IOException {
        FileChannel channel = opener.open(path, StandardOpenOption.WRITE);
        try {
            if (channel.size() > validEnd) {
                channel.truncate(validEnd);
                channel.force(true);
            }
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new LogWriter(channel, header, masterKey.subkey(header.logSalt(), MasterKey.LOG_LABEL), random,
                validEnd, nextSequence);
    }

    void append(byte[] plaintext) throws IOException {
        if (broken) {
            throw new IOException("the casebook log could not be repaired after an earlier write failed");
        }
        byte[] box = aead.seal(plaintext, header.recordContext(nextSequence));
        ByteBuffer frame = ByteBuffer.allocate(LogFrame.PREFIX_BYTES + box.length);
        frame.put(LogFrame.prefix(box.length)).put(box).flip();
        try {
            long at = end;
            while (frame.hasRemaining()) {
                at += channel.write(frame, at);
            }
            channel.force(false);
        } catch (IOException e) {
            rollBack();
            throw e;
        }
        end += frame.limit();
        nextSequence++;
    }

    private void rollBack() {
        try {
            channel.truncate(end);
            channel.force(true);
        } catch (IOException e) {
            broken = true;
        }
    }

    long size() {
        return end;
    }

    long generation() {
        return header.generation();
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(key, (byte) 0);
        channel.close();
    }
}
