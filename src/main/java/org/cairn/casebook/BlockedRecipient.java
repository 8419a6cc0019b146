package org.cairn.casebook;

import java.time.Instant;

/**
 * A person or organisation that must never receive anything about this client, typically because they are
 * linked to the abuser. {@code directoryEntryId} is set when the entry comes from the service directory.
 */
public record BlockedRecipient(long id, long clientId, Long directoryEntryId, String name, String reason,
        Instant addedAt, String addedBy) {
}
