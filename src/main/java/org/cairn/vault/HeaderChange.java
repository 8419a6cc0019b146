package org.cairn.vault;

/**
 * Makes a vault's next header from the current one. {@code currentKey} opens the current header's people box;
 * {@code nextKey} is the master key the next header is written under (the same key unless it is being replaced).
 */
@FunctionalInterface
interface HeaderChange {
    SnapshotHeader apply(SnapshotHeader current, MasterKey currentKey, MasterKey nextKey, byte[] namingKey);
}
