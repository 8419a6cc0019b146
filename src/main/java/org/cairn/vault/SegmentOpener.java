package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.AEADBadTagException;

/**
 * Opens a snapshot's sealed segments straight into the one image buffer, on up to {@link #MAX_THREADS} threads
 * for large images. No segment is copied through a buffer of its own, so unlocking allocates the image once.
 * The image is handed on only when every segment has been authenticated; on any failure it is wiped.
 */
final class SegmentOpener {
    /** Two cores are the reference laptop; more threads only add start-up cost on such a machine. */
    static final int MAX_THREADS = 4;
    /** Below this, one thread is quicker than starting another (small casebooks, tests). */
    static final long PARALLEL_FROM_SEGMENTS = 64;

    private final FileChannel channel;
    private final Layout layout;
    private final byte[] segmentKey;
    private final SnapshotHeader header;
    private final byte[] image;
    /** The lowest segment found damaged so far: segments after it need not be opened, those before it must. */
    private final AtomicLong lowestFailed = new AtomicLong(Long.MAX_VALUE);

    private SegmentOpener(FileChannel channel, Layout layout, byte[] segmentKey, SnapshotHeader header,
            byte[] image) {
        this.channel = channel;
        this.layout = layout;
        this.segmentKey = segmentKey;
        this.header = header;
        this.image = image;
    }

    /** Where the sealed segments lie in the file and how large the image inside them is. */
    record Layout(long bodyStart, long segments, long boxSize, long lastBox) {
        long plainLength() {
            return (segments - 1) * (boxSize - Aead.OVERHEAD) + (lastBox - Aead.OVERHEAD);
        }

        long offsetOf(long segment) {
            return bodyStart + segment * boxSize;
        }
    }

    /** A segment that failed: where it starts in the file and why, or the read that failed. */
    record Failure(long segment, long offset, IOException readError) {
    }

    /**
     * Opens every segment into {@code image} (exactly {@link Layout#plainLength()} bytes). Returns the failure with
     * the lowest segment number found, or null when all authenticated; after a failure {@code image} is wiped.
     */
    static Failure openAll(FileChannel channel, Layout layout, byte[] segmentKey, SnapshotHeader header,
            byte[] image, int threads) {
        SegmentOpener opener = new SegmentOpener(channel, layout, segmentKey, header, image);
        int workers = layout.segments() < PARALLEL_FROM_SEGMENTS ? 1
                : (int) Math.max(1, Math.min(Math.min(threads, MAX_THREADS), layout.segments()));
        Failure failure = opener.runOn(workers);
        if (failure != null) {
            Arrays.fill(image, (byte) 0);
        }
        return failure;
    }

    private Failure runOn(int workers) {
        long share = (layout.segments() + workers - 1) / workers;
        Failure[] failures = new Failure[workers];
        List<Thread> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            long from = w * share;
            long to = Math.min(layout.segments(), from + share);
            Thread thread = new Thread(() -> failures[worker] = openRange(from, to), "cairn-snapshot-open-" + w);
            thread.setDaemon(true);
            thread.start();
            helpers.add(thread);
        }
        failures[0] = openRange(0, Math.min(layout.segments(), share));
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    // The image must not be handed on while a helper still writes into it: wait, then re-flag.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Failure first = null;
        for (Failure failure : failures) {
            if (failure != null && (first == null || failure.segment() < first.segment())) {
                first = failure;
            }
        }
        return first;
    }

    private Failure openRange(long from, long to) {
        Aead aead = new Aead(segmentKey, null);
        ByteBuffer box = ByteBuffer.allocate((int) layout.boxSize());
        for (long i = from; i < to && i < lowestFailed.get(); i++) {
            long offset = layout.offsetOf(i);
            boolean last = i == layout.segments() - 1;
            box.clear().limit((int) (last ? layout.lastBox() : layout.boxSize()));
            try {
                readFully(box, offset);
                int at = (int) (i * (layout.boxSize() - Aead.OVERHEAD));
                aead.openInto(box.array(), 0, box.limit(), SnapshotFile.segmentContext(header, i, last), image, at);
            } catch (AEADBadTagException e) {
                lowestFailed.accumulateAndGet(i, Math::min);
                return new Failure(i, offset, null);
            } catch (IOException e) {
                lowestFailed.accumulateAndGet(i, Math::min);
                return new Failure(i, offset, e);
            }
        }
        return null;
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            at += n;
        }
        buffer.flip();
    }
}
