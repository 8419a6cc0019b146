package org.cairn.letters.recipients;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.letters.check.Recipient;
import org.cairn.templates.RecipientKind;

/**
 * Service-directory entries as letter recipients. The entry id travels with the recipient so the outgoing-document
 * check can match it against the people and organisations blocked for the client.
 */
public final class DirectoryRecipient {
    private DirectoryRecipient() {
    }

    /** The entry of that name (any case), unless it is archived: archived entries are no longer offered. */
    public static Optional<Recipient> find(Casebook casebook, String name) {
        return casebook.directory().findByName(name).filter(entry -> !entry.archived())
                .map(DirectoryRecipient::of);
    }

    public static Recipient of(DirectoryEntry entry) {
        // The directory keeps an address on one line; a letter's recipient block wants one line per part.
        String address = entry.details().address() == null ? null
                : Arrays.stream(entry.details().address().split(",")).map(String::strip)
                        .filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
        // A directory entry is never the client herself: a client-facing service gets the third-sector rules.
        RecipientKind kind = RecipientKind.valueOf(entry.kind().name());
        return new Recipient(entry.name(), kind == RecipientKind.CLIENT ? RecipientKind.THIRD_SECTOR : kind,
                entry.id(), entry.name(), address, entry.details().email());
    }
}
