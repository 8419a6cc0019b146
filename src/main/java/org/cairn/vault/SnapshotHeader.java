package org.cairn.vault;

import java.util.List;

/** The plaintext, authenticated header of a snapshot or backup file (see docs/FORMAT.md). */
public record SnapshotHeader(FileKind kind, byte[] casebookId, long generation, byte[] snapshotSalt, int segmentSize,
        List<KeySlot> slots) {
    public static final int FORMAT_VERSION = 1;
    public static final int CASEBOOK_ID_BYTES = 16;
    public static final int SALT_BYTES = 32;
    public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;
    static final int MIN_SEGMENT_SIZE = 1024;
    static final int MAX_SEGMENT_SIZE = 1024 * 1024;
    static final int MAX_SLOTS = 16;

    public SnapshotHeader {
        slots = List.copyOf(slots);
    }

    SnapshotHeader withGeneration(long newGeneration, byte[] newSalt) {
        return new SnapshotHeader(kind, casebookId, newGeneration, newSalt, segmentSize, slots);
    }

    SnapshotHeader withKind(FileKind newKind, long newGeneration, byte[] newSalt) {
        return new SnapshotHeader(newKind, casebookId, newGeneration, newSalt, segmentSize, slots);
    }

    SnapshotHeader withSlots(List<KeySlot> newSlots) {
        return new SnapshotHeader(kind, casebookId, generation, snapshotSalt, segmentSize, newSlots);
    }
}
