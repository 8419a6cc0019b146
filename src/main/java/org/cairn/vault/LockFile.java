package org.cairn.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Holds the OS lock on casebook.lock while a casebook is open. The file itself is never deleted (that would race). */
final class LockFile implements AutoCloseable {
    static final String NAME = "casebook.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** For a read-only opening: takes no lock, because the folder cannot hold one. */
    static LockFile none() {
        return new LockFile(null, null);
    }

    static LockFile acquire(Path directory) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.file(directory.resolve(NAME));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new AlreadyOpenException();
            }
            return new LockFile(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyOpenException();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageFailedException("lock the casebook folder", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases the lock as well.
        }
        closeQuietly(channel);
    }
}
