package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 2 for casebook.cairn: every changed, missing, extra or reordered byte is refused. Only the magic
 * (bytes 0-7) gives UnlockFailedException, because a file without it is "not a casebook"; everything else in the
 * header is caught by its SHA-256 (before any key is tried) or its HMAC, and every body byte by a segment's GCM tag.
 */
class SnapshotTamperTest {
    // A format-2 slot: type(1) slot id(4) name tag(32) memory(4) iterations(4) parallelism(1) salt(16)
    // sealed private key(60) public key(32) ephemeral public key(32) wrapped master key(60).
    private static final int COSTS_AT = 1 + 4 + KeySlot.TAG_BYTES;
    private static final int SALT_AT = COSTS_AT + 4 + 4 + 1;
    private static final int WRAPPED_AT = SALT_AT + KeySlot.SALT_BYTES + KeySlot.WRAPPED_BYTES
            + 2 * KeySlot.PUBLIC_KEY_BYTES;
    private static final Set<Integer> SAMPLED_SALT = Set.of(0, KeySlot.SALT_BYTES / 2, KeySlot.SALT_BYTES - 1);

    private static final String NAME = CasebookFiles.SNAPSHOT;

    @TempDir
    static Path root;
    private static SmallCasebook casebook;
    private static Path work;

    @BeforeAll
    static void build() throws Exception {
        casebook = SmallCasebook.build(root.resolve("original"));
        work = root.resolve("work");
        assertThat(casebook.segmentBounds()).as("snapshot spans at least three segments").hasSizeGreaterThan(3);
        casebook.install(work, casebook.snapshot, casebook.log);
        assertThat(casebook.open(work).dump()).as("the untouched copy opens").isEqualTo(casebook.states.get(3));
    }

    @Test
    void everyHeaderByteFlipIsRefused() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < casebook.headerLength(); i++) {
            for (int mask : new int[] {0x01, 0xFF}) {
                SmallCasebook.Outcome outcome = openWithSnapshot(flipped(casebook.snapshot, i, mask));
                boolean ok = i < 8 ? outcome.refused(UnlockFailedException.class, NAME)
                        : outcome.refused(DamagedException.class, NAME);
                if (!ok) {
                    failures.add("header byte " + i + " ^" + mask + ": " + outcome);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void segmentEdgeAndSampledBodyFlipsAreRefused() {
        TreeSet<Integer> positions = new TreeSet<>();
        List<Integer> bounds = casebook.segmentBounds();
        for (int s = 0; s + 1 < bounds.size(); s++) {
            for (int k = 0; k < 64; k++) {
                positions.add(bounds.get(s) + k);
                positions.add(bounds.get(s + 1) - 1 - k);
            }
        }
        Random random = new Random(7);
        for (int k = 0; k < 150; k++) {
            positions.add(casebook.headerLength() + random.nextInt(casebook.snapshot.length - casebook.headerLength()));
        }
        List<String> failures = new ArrayList<>();
        for (int position : positions) {
            SmallCasebook.Outcome outcome = openWithSnapshot(flipped(casebook.snapshot, position, 1 + random.nextInt(255)));
            if (!outcome.refused(DamagedException.class, NAME)) {
                failures.add("body byte " + position + ": " + outcome);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void truncationAnywhereIsRefused() {
        TreeSet<Integer> lengths = new TreeSet<>(List.of(0, 1, 11, 12, 13, casebook.headerLength() - 1,
                casebook.headerLength(), casebook.headerLength() + 1, casebook.snapshot.length - 1));
        for (int bound : casebook.segmentBounds()) {
            lengths.addAll(List.of(bound - 1, bound, bound + 1, bound + Aead.OVERHEAD - 1, bound + Aead.OVERHEAD));
        }
        Random random = new Random(11);
        for (int k = 0; k < 40; k++) {
            lengths.add(random.nextInt(casebook.snapshot.length));
        }
        lengths.removeIf(n -> n >= casebook.snapshot.length);
        List<String> failures = new ArrayList<>();
        for (int length : lengths) {
            SmallCasebook.Outcome outcome = openWithSnapshot(Arrays.copyOf(casebook.snapshot, length));
            // Shorter than the 12-byte preamble there is no magic: that is "not a casebook", like an empty file.
            boolean ok = length < 12 ? outcome.refused(UnlockFailedException.class, NAME)
                    : outcome.refused(DamagedException.class, NAME);
            if (!ok) {
                failures.add("cut to " + length + ": " + outcome);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void appendedBytesAreRefused() {
        List<Integer> bounds = casebook.segmentBounds();
        byte[] lastSegment = Arrays.copyOfRange(casebook.snapshot, bounds.get(bounds.size() - 2), casebook.snapshot.length);
        byte[] firstSegment = Arrays.copyOfRange(casebook.snapshot, bounds.get(0), bounds.get(1));
        Random random = new Random(3);
        for (byte[] extra : List.of(new byte[1], randomBytes(random, Aead.OVERHEAD), randomBytes(random, 70_000),
                lastSegment, firstSegment)) {
            SmallCasebook.Outcome outcome = openWithSnapshot(SnapshotFile.concat(casebook.snapshot, extra));
            assertThat(outcome.refused(DamagedException.class, NAME)).as("appended %d bytes: %s", extra.length, outcome)
                    .isTrue();
        }
    }

    @Test
    void reorderedOrMissingSegmentsAreRefused() {
        List<Integer> bounds = casebook.segmentBounds();
        byte[] swapped = casebook.snapshot.clone();
        int box = bounds.get(1) - bounds.get(0);
        System.arraycopy(casebook.snapshot, bounds.get(1), swapped, bounds.get(0), box);
        System.arraycopy(casebook.snapshot, bounds.get(0), swapped, bounds.get(1), box);
        assertThat(openWithSnapshot(swapped).refused(DamagedException.class, NAME)).as("segments 0 and 1 swapped").isTrue();

        byte[] withoutSecond = SnapshotFile.concat(Arrays.copyOf(casebook.snapshot, bounds.get(1)),
                Arrays.copyOfRange(casebook.snapshot, bounds.get(2), casebook.snapshot.length));
        assertThat(openWithSnapshot(withoutSecond).refused(DamagedException.class, NAME)).as("segment 1 removed")
                .isTrue();
    }

    @Test
    void headerWithRecomputedChecksumButChangedKeyMaterialDoesNotUnlock() {
        // Someone without the key can recompute the plain SHA-256; the slots and the HMAC still stop them.
        // Costs are skipped: a forged cost only changes how much Argon2id work the unlock does. Each salt flip costs
        // a fresh Argon2id run (the memo is keyed by salt), so three bytes of each salt stand for all sixteen: the
        // salt enters Argon2id whole, and every other byte of the header is flipped.
        List<String> failures = new ArrayList<>();
        int header = casebook.headerLength();
        int slots = casebook.snapshot[SnapshotHeaderCodec.FIXED_BYTES_V2 - 1];
        int slotsEnd = SnapshotHeaderCodec.FIXED_BYTES_V2 + slots * KeySlot.ENCODED_BYTES_V2;
        assertThat(slots).as("slots in the fixture's header").isPositive();
        for (int i = 12; i < header - SnapshotHeaderCodec.TRAILER_BYTES; i++) {
            int inSlot = (i - SnapshotHeaderCodec.FIXED_BYTES_V2) % KeySlot.ENCODED_BYTES_V2;
            boolean slot = i >= SnapshotHeaderCodec.FIXED_BYTES_V2 && i < slotsEnd;
            if (slot && (inSlot >= COSTS_AT && inSlot < SALT_AT
                    || inSlot >= SALT_AT && inSlot < SALT_AT + KeySlot.SALT_BYTES && !SAMPLED_SALT.contains(
                            inSlot - SALT_AT))) {
                continue;
            }
            byte[] forged = flipped(casebook.snapshot, i, 0x01);
            byte[] sha = SnapshotHeaderCodec.sha256(forged, header - SnapshotHeaderCodec.TRAILER_BYTES);
            System.arraycopy(sha, 0, forged, header - SnapshotHeaderCodec.TRAILER_BYTES, sha.length);
            SmallCasebook.Outcome outcome = openWithSnapshot(forged);
            // The casebook id and the slots are bound into each slot's wrap (UnlockFailed); the rest into the HMAC.
            boolean ok = outcome.refused(UnlockFailedException.class, NAME)
                    || outcome.refused(DamagedException.class, NAME);
            if (!ok) {
                failures.add("forged header byte " + i + ": " + outcome);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void realPassphraseOpenAgreesWithTheMemoisedOne() throws Exception {
        // The other tests memoise Argon2id (KekCache); one plain Vault.open per region shows nothing differs.
        int wrappedKeyByte = SnapshotHeaderCodec.FIXED_BYTES_V2 + WRAPPED_AT + 20;
        casebook.install(work, flipped(casebook.snapshot, wrappedKeyByte, 0x01), casebook.log);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestVaults.open(work))
                .isInstanceOf(DamagedException.class);
        byte[] forged = flipped(casebook.snapshot, wrappedKeyByte, 0x01);
        int body = casebook.headerLength() - SnapshotHeaderCodec.TRAILER_BYTES;
        System.arraycopy(SnapshotHeaderCodec.sha256(forged, body), 0, forged, body, 32);
        casebook.install(work, forged, casebook.log);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestVaults.open(work))
                .isInstanceOf(UnlockFailedException.class);
        casebook.install(work, casebook.snapshot, casebook.log);
        try (Vault vault = TestVaults.open(work)) {
            assertThat(TableDump.of(vault)).isEqualTo(casebook.states.get(SmallCasebook.LOG_RECORDS));
        }
    }

    private static SmallCasebook.Outcome openWithSnapshot(byte[] snapshot) {
        casebook.install(work, snapshot, casebook.log);
        return casebook.open(work);
    }

    static byte[] flipped(byte[] original, int position, int mask) {
        byte[] copy = original.clone();
        copy[position] ^= (byte) mask;
        return copy;
    }

    static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
