package org.cairn.vault;

import java.time.Instant;

/**
 * What the casebook records about one person's key slot, sealed under the master key in the header so that only
 * someone who unlocked can read it, and every slot can be listed.
 *
 * @param slotId the slot's number, never reused in a casebook
 * @param displayName the name as the person gave it (their slot is found by a keyed hash of its folded form)
 * @param role opaque to the vault; what it allows is decided above the vault
 * @param addedBy display name of the person who added this slot ("recovery key" when added after a recovery)
 * @param seenUpTo the highest slot id this person has been told about: later slots are announced at their unlock
 */
public record PersonSlot(int slotId, String displayName, String role, String addedBy, Instant addedOn,
        int seenUpTo) {
    PersonSlot withSeenUpTo(int value) {
        return new PersonSlot(slotId, displayName, role, addedBy, addedOn, value);
    }

    PersonSlot withRole(String value) {
        return new PersonSlot(slotId, displayName, value, addedBy, addedOn, seenUpTo);
    }
}
