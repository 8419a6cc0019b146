package org.cairn.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
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

    /** Takes no lock: a file system that cannot hold one (see {@link #shared}). */
    static LockFile none() {
        return new LockFile(null, null);
    }

    /**
     * For a read-only opening: a shared lock, so that readers keep a writer out (it could checkpoint under them)
     * but not each other. The empty lock file is created where the folder is writable; on media Cairn cannot
     * write, an existing lock file is locked through a read-only handle. With no lock file on such media, or a file
     * system without locks, nothing is taken: no writer can open that folder either, but another computer sharing
     * the folder over a network is not kept out.
     */
    static LockFile shared(Path directory) {
        Path path = directory.resolve(NAME);
        FileChannel channel = null;
        try {
            channel = openForSharedLock(path);
            if (channel == null) {
                return none();
            }
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                channel.close();
                throw new AlreadyOpenException();
            }
            return new LockFile(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyOpenException();
        } catch (IOException e) {
            // Locks are not supported here: reading goes ahead without one, as documented above.
            closeQuietly(channel);
            return none();
        }
    }

    private static FileChannel openForSharedLock(Path path) throws IOException {
        boolean existed = Files.exists(path);
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (!existed) {
                OwnerOnly.file(path);
            }
            return channel;
        } catch (IOException e) {
            if (!ReadOnlyAccess.isRefusedWrite(e)) {
                throw e;
            }
            return existed ? FileChannel.open(path, StandardOpenOption.READ) : null;
        }
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
