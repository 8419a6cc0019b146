package org.cairn.vault;

import java.util.List;
import java.util.Optional;

/** Tries a secret against a header's key slots. */
@FunctionalInterface
interface SlotUnwrapper {
    Optional<byte[]> unwrap(List<KeySlot> slots, byte[] casebookId);
}
