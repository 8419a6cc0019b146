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
    /**
     * Two cores are the reference laptop, so two threads at most (one where Java sees one core): more would only
     * add start-up cost and contend for those two cores.
     */
    static final int MAX_THREADS = 2;
    /** Below this, one thread is quicker than starting another (small casebooks, tests). */
    static final long PARALLEL_FROM_SEGMENTS = 64;

    private final FileChannel channel;
    private final Layout layout;
    private final byte[] segmentKey;
    private final SnapshotHeader header;
    private final byte[] image;
    /** The lowest segment found damaged so far: segments after it need not be opened, those before it must. */
    private final AtomicLong lowestFailed = new AtomicLong(Long.MAX_VALUE);
    /** Set when a worker died: the others stop early, as the open fails whatever they find. */
    private volatile boolean stopped;

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
     * the lowest segment number found, or null when all authenticated; after a failure {@code image} is wiped. A
     * worker that stops for any other reason (an error, a bug) makes this throw, also with the image wiped: only an
     * image whose every worker finished its share is ever handed on.
     */
    static Failure openAll(FileChannel channel, Layout layout, byte[] segmentKey, SnapshotHeader header,
            byte[] image, int threads) {
        SegmentOpener opener = new SegmentOpener(channel, layout, segmentKey, header, image);
        int workers = layout.segments() < PARALLEL_FROM_SEGMENTS ? 1
                : (int) Math.max(1, Math.min(Math.min(threads, MAX_THREADS), layout.segments()));
        boolean authenticated = false;
        try {
            Failure failure = opener.runOn(workers);
            authenticated = failure == null;
            return failure;
        } finally {
            if (!authenticated) {
                Arrays.fill(image, (byte) 0);
            }
        }
    }

    /** What one worker ended with: finished its share (with or without a failed segment), or died of {@code death}. */
    private static final class Outcome {
        private volatile boolean finished;
        private volatile Failure failure;
        private volatile Throwable death;
    }

    private Failure runOn(int workers) {
        long share = (layout.segments() + workers - 1) / workers;
        Outcome[] outcomes = new Outcome[workers];
        List<Thread> helpers = new ArrayList<>();
        try {
            for (int w = 1; w < workers; w++) {
                Outcome outcome = outcomes[w] = new Outcome();
                long from = w * share;
                long to = Math.min(layout.segments(), from + share);
                Thread thread = new Thread(() -> work(outcome, from, to), "cairn-snapshot-open-" + w);
                thread.setDaemon(true);
                thread.start();
                helpers.add(thread);
            }
            outcomes[0] = new Outcome();
            work(outcomes[0], 0, Math.min(layout.segments(), share));
        } finally {
            // The image must not be handed on, nor wiped, while a helper still writes into it.
            joinAll(helpers);
        }
        return firstFailure(outcomes);
    }

    /** Runs one share and records how it ended; anything but a bad tag or a failed read is a death. */
    private void work(Outcome outcome, long from, long to) {
        try {
            outcome.failure = openRange(from, to);
            outcome.finished = true;
        } catch (Throwable death) {
            outcome.death = death;
            stopped = true;
        }
    }

    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The lowest damaged segment, or null when every worker finished and all authenticated. A worker that died is
     * not a damaged segment: its cause goes up as it is (an error) or inside a message that names no data.
     */
    private static Failure firstFailure(Outcome[] outcomes) {
        Throwable death = null;
        Failure first = null;
        for (Outcome outcome : outcomes) {
            if (outcome == null || (!outcome.finished && outcome.death == null)) {
                throw new IllegalStateException("a snapshot worker ended without finishing its segments");
            }
            if (outcome.death != null) {
                if (death == null) {
                    death = outcome.death;
                } else if (death != outcome.death) {
                    death.addSuppressed(outcome.death);
                }
            } else if (outcome.failure != null && (first == null || outcome.failure.segment() < first.segment())) {
                first = outcome.failure;
            }
        }
        if (death instanceof Error error) {
            throw error;
        }
        if (death != null) {
            throw new IllegalStateException("opening the snapshot's segments stopped unexpectedly", death);
        }
        return first;
    }

    private Failure openRange(long from, long to) {
        Aead aead = new Aead(segmentKey, null);
        ByteBuffer box = ByteBuffer.allocate((int) layout.boxSize());
        for (long i = from; i < to && i < lowestFailed.get() && !stopped; i++) {
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
