package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A disk that fills up: once {@link #allow} bytes have been written to the files it covers, writes end short
 * and then fail with "No space left on device", as on a real full disk. Truncating still works.
 */
final class FullDisk implements FileOpener {
    private final Predicate<Path> covers;
    private long remaining = Long.MAX_VALUE;

    FullDisk(Predicate<Path> covers) {
        this.covers = covers;
    }

    static FullDisk forFilesNamed(String prefix) {
        return new FullDisk(path -> path.getFileName().toString().startsWith(prefix));
    }

    synchronized void allow(long bytes) {
        remaining = bytes;
    }

    synchronized void unlimited() {
        remaining = Long.MAX_VALUE;
    }

    @Override
    public FileChannel open(Path path, OpenOption... options) throws IOException {
        FileChannel real = FileChannel.open(path, options);
        return covers.test(path) ? new Channel(real) : real;
    }

    /** Takes up to {@code wanted} bytes of space; throws when none is left. */
    private synchronized int take(int wanted) throws IOException {
        if (wanted > 0 && remaining <= 0) {
            throw new IOException("No space left on device");
        }
        int granted = (int) Math.min(wanted, remaining);
        remaining -= granted;
        return granted;
    }

    private final class Channel extends FileChannel {
        private final FileChannel delegate;

        Channel(FileChannel delegate) {
            this.delegate = delegate;
        }

        private ByteBuffer limited(ByteBuffer src) throws IOException {
            int granted = take(src.remaining());
            ByteBuffer slice = src.duplicate();
            slice.limit(slice.position() + granted);
            return slice;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            ByteBuffer slice = limited(src);
            int written = delegate.write(slice);
            src.position(src.position() + written);
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            ByteBuffer slice = limited(src);
            int written = delegate.write(slice, position);
            src.position(src.position() + written);
            return written;
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return delegate.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return delegate.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return delegate.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return delegate.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            delegate.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return delegate.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            delegate.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            delegate.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return delegate.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("not supported by the test disk");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("not supported by the test disk");
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return delegate.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return delegate.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            delegate.close();
        }
    }
}
