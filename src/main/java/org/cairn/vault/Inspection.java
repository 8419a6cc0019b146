package org.cairn.vault;

/** Reads an open vault's header with its master key and the slot that unlocked it. */
@FunctionalInterface
interface Inspection<T> {
    T apply(SnapshotHeader header, MasterKey key, int actingSlotId);
}
