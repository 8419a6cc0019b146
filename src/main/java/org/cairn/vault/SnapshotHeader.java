package org.cairn.vault;

import java.util.List;

/**
 * The plaintext, authenticated header of a snapshot or backup file (see docs/FORMAT.md).
 *
 * @param nameKey random per-casebook key for the name tags of person slots (format 2; empty when read from format 1)
 * @param sealedPeople the people box: {@link People} sealed under the master key (empty when there is no person)
 */
public record SnapshotHeader(FileKind kind, byte[] casebookId, long generation, byte[] snapshotSalt, int segmentSize,
        List<KeySlot> slots, byte[] nameKey, byte[] sealedPeople) {
    /** Written by this version; format 1 (one passphrase slot, no people) is still read. */
    public static final int FORMAT_VERSION = 2;
    public static final int LEGACY_FORMAT_VERSION = 1;
    public static final int CASEBOOK_ID_BYTES = 16;
    public static final int SALT_BYTES = 32;
    public static final int NAME_KEY_BYTES = 32;
    public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;
    static final int MIN_SEGMENT_SIZE = 1024;
    static final int MAX_SEGMENT_SIZE = 1024 * 1024;
    /** People plus the recovery slot; keeps the whole header, people box included, under 64 KiB. */
    static final int MAX_SLOTS = 40;

    public SnapshotHeader {
        slots = List.copyOf(slots);
    }

    /** A header without people, as format 1 held. */
    public SnapshotHeader(FileKind kind, byte[] casebookId, long generation, byte[] snapshotSalt, int segmentSize,
            List<KeySlot> slots) {
        this(kind, casebookId, generation, snapshotSalt, segmentSize, slots, new byte[0], new byte[0]);
    }

    SnapshotHeader withGeneration(long newGeneration, byte[] newSalt) {
        return new SnapshotHeader(kind, casebookId, newGeneration, newSalt, segmentSize, slots, nameKey,
                sealedPeople);
    }

    SnapshotHeader withKind(FileKind newKind, long newGeneration, byte[] newSalt) {
        return new SnapshotHeader(newKind, casebookId, newGeneration, newSalt, segmentSize, slots, nameKey,
                sealedPeople);
    }

    SnapshotHeader withSlots(List<KeySlot> newSlots) {
        return new SnapshotHeader(kind, casebookId, generation, snapshotSalt, segmentSize, newSlots, nameKey,
                sealedPeople);
    }

    SnapshotHeader withPeople(List<KeySlot> newSlots, byte[] newNameKey, byte[] newSealedPeople) {
        return new SnapshotHeader(kind, casebookId, generation, snapshotSalt, segmentSize, newSlots, newNameKey,
                newSealedPeople);
    }

    /** The one slot a passphrase alone may open: the casebook has exactly one passphrase or person slot. */
    java.util.Optional<KeySlot> onlyPassphraseSlot() {
        List<KeySlot> candidates = slots.stream().filter(KeySlot::opensWithPassphrase).toList();
        return candidates.size() == 1 ? java.util.Optional.of(candidates.get(0)) : java.util.Optional.empty();
    }
}
