package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot body large enough to be opened on several threads: it gives back exactly the image that was sealed,
 * and a change in any segment, whichever thread opens it, is refused, named by the lowest changed segment, and
 * leaves nothing of the image behind.
 */
class SegmentOpenerTest {
    private static final int SEGMENT = SnapshotHeader.MIN_SEGMENT_SIZE;
    private static final int BOX = SEGMENT + Aead.OVERHEAD;
    /** Enough segments for the parallel path, with a short last one. */
    private static final int IMAGE_BYTES = SEGMENT * (int) (SegmentOpener.PARALLEL_FROM_SEGMENTS * 3) + 517;
    private static final int SEGMENTS = (IMAGE_BYTES + SEGMENT - 1) / SEGMENT;
    private static final int[] THREADS = {1, 2, 3, SegmentOpener.MAX_THREADS + 5};

    @TempDir
    Path folder;

    private final MasterKey key = new MasterKey(KeySlots.randomBytes(new SecureRandom(), 32));
    private final SnapshotHeader header = new SnapshotHeader(FileKind.CASEBOOK, new byte[16], 9,
            KeySlots.randomBytes(new SecureRandom(), SnapshotHeader.SALT_BYTES), SEGMENT, List.of());

    @Test
    void anyNumberOfThreadsGivesBackTheImageByteForByte() throws Exception {
        byte[] image = randomImage(1);
        byte[] sealed = seal(image);
        for (int threads : THREADS) {
            byte[] out = new byte[IMAGE_BYTES];
            assertThat(open(sealed, out, threads)).as("%d threads", threads).isNull();
            assertThat(out).as("%d threads", threads).isEqualTo(image);
        }
    }

    @Test
    void aChangedSegmentAnywhereIsRefusedTheLowestNamedAndTheImageWiped() throws Exception {
        byte[] sealed = seal(randomImage(2));
        int headerLength = sealed.length - IMAGE_BYTES - SEGMENTS * Aead.OVERHEAD;
        Random random = new Random(3);
        for (int trial = 0; trial < 16; trial++) {
            int first = random.nextInt(SEGMENTS);
            int second = first + random.nextInt(SEGMENTS - first);
            byte[] changed = sealed.clone();
            for (int segment : new int[] {second, first}) {
                int boxLength = segment == SEGMENTS - 1 ? sealed.length - headerLength - segment * BOX : BOX;
                changed[headerLength + segment * BOX + random.nextInt(boxLength)] ^= (byte) (1 + random.nextInt(255));
            }
            for (int threads : THREADS) {
                byte[] out = new byte[IMAGE_BYTES];
                SegmentOpener.Failure failure = open(changed, out, threads);
                assertThat(failure).as("segments %d and %d changed, %d threads", first, second, threads).isNotNull();
                assertThat(failure.segment()).as("lowest changed segment").isEqualTo(first);
                assertThat(failure.offset()).isEqualTo(headerLength + (long) first * BOX);
                assertThat(out).as("nothing of the image is left").containsOnly((byte) 0);
            }
        }
    }

    @Test
    void aChangedSegmentIsRefusedBySnapshotFileWithItsNumber() throws Exception {
        // The same check through the public path, on a casebook small enough for one thread, is SnapshotTamperTest's.
        byte[] sealed = seal(randomImage(4));
        int headerLength = sealed.length - IMAGE_BYTES - SEGMENTS * Aead.OVERHEAD;
        byte[] changed = sealed.clone();
        changed[headerLength + (SEGMENTS - 2) * BOX + 40] ^= 1;
        byte[] out = new byte[IMAGE_BYTES];
        assertThat(open(changed, out, 2).segment()).isEqualTo(SEGMENTS - 2);
    }

    @Test
    void aWorkerThatDiesOfAnythingElseFailsTheOpenAndLeavesNothingOfTheImage() throws Exception {
        byte[] sealed = seal(randomImage(5));
        int headerLength = sealed.length - IMAGE_BYTES - SEGMENTS * Aead.OVERHEAD;
        // One segment in the helper's share and one in the calling thread's: either dying must fail the open.
        for (int segment : new int[] {SEGMENTS - 3, 1}) {
            IllegalStateException death = new IllegalStateException("worker died");
            byte[] out = new byte[IMAGE_BYTES];
            long failAt = headerLength + (long) segment * BOX;
            assertThatThrownBy(() -> open(sealed, out, 2, real -> new FailingReadChannel(real, failAt, death)))
                    .as("segment %d", segment)
                    .isNotInstanceOf(DamagedException.class)
                    .satisfies(thrown -> assertThat(thrown == death || thrown.getCause() == death).isTrue());
            assertThat(out).as("nothing of the image is left, segment %d", segment).containsOnly((byte) 0);
        }
    }

    private SegmentOpener.Failure open(byte[] sealed, byte[] out, int threads) throws Exception {
        return open(sealed, out, threads, real -> real);
    }

    private SegmentOpener.Failure open(byte[] sealed, byte[] out, int threads,
            java.util.function.UnaryOperator<FileChannel> wrap) throws Exception {
        Path file = Files.write(folder.resolve("sealed"), sealed);
        int headerLength = sealed.length - IMAGE_BYTES - SEGMENTS * Aead.OVERHEAD;
        long lastBox = sealed.length - headerLength - (long) (SEGMENTS - 1) * BOX;
        SegmentOpener.Layout layout = new SegmentOpener.Layout(headerLength, SEGMENTS, BOX, lastBox);
        assertThat(layout.plainLength()).isEqualTo(IMAGE_BYTES);
        byte[] segmentKey = key.subkey(header.snapshotSalt(), MasterKey.SNAPSHOT_LABEL);
        try (FileChannel channel = wrap.apply(FileChannel.open(file))) {
            return SegmentOpener.openAll(channel, layout, segmentKey, header, out, threads);
        }
    }

    /** The body as SnapshotFile writes it, behind a stand-in header of any length. */
    private byte[] seal(byte[] image) throws Exception {
        byte[] segmentKey = key.subkey(header.snapshotSalt(), MasterKey.SNAPSHOT_LABEL);
        Aead aead = new Aead(segmentKey, new SecureRandom());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[77]);
        for (int i = 0; i < SEGMENTS; i++) {
            int from = i * SEGMENT;
            out.write(aead.seal(image, from, Math.min(SEGMENT, IMAGE_BYTES - from),
                    SnapshotFile.segmentContext(header, i, i == SEGMENTS - 1)));
        }
        return out.toByteArray();
    }

    private static byte[] randomImage(long seed) {
        byte[] image = new byte[IMAGE_BYTES];
        new Random(seed).nextBytes(image);
        return image;
    }
}
