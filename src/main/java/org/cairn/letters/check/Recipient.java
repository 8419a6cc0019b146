package org.cairn.letters.check;

import java.util.Objects;
import org.cairn.templates.RecipientKind;

/**
 * Who a letter goes to.
 *
 * @param directoryEntryId the service-directory entry, or null for the client or a typed recipient
 * @param organisation the organisation the person works for, or null
 * @param address the postal address, or null
 * @param email or null
 */
public record Recipient(String name, RecipientKind kind, Long directoryEntryId, String organisation, String address,
        String email) {
    public Recipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a name");
        }
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isClient() {
        return kind == RecipientKind.CLIENT;
    }
}
