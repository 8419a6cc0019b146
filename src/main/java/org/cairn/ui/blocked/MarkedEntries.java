package org.cairn.ui.blocked;

import java.util.List;
import java.util.Set;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casework.OfferedRecipients;
import org.cairn.ui.common.Messages;
import org.cairn.ui.directory.KindLabels;

/**
 * The directory entries still offered, with those blocked for one client marked: what every directory picker in a
 * case file shows. Which are marked is decided by the repository's own matching (by entry, or by name), read
 * through the use cases, never a second copy of it.
 */
public record MarkedEntries(List<DirectoryEntry> entries, Set<Long> blockedIds) {
    public static final MarkedEntries NONE = new MarkedEntries(List.of(), Set.of());

    public MarkedEntries {
        entries = List.copyOf(entries);
        blockedIds = Set.copyOf(blockedIds);
    }

    /** The entries a use case read for the case's client. */
    public MarkedEntries(OfferedRecipients offered) {
        this(offered.entries(), offered.blockedIds());
    }

    public boolean isBlocked(DirectoryEntry entry) {
        return entry != null && blockedIds.contains(entry.id());
    }

    /** Name and kind, and a plain warning when the entry is blocked for this client. */
    public String label(Messages messages, DirectoryEntry entry) {
        String text = entry.name() + " \u00b7 " + KindLabels.label(messages, entry.kind());
        return isBlocked(entry) ? text + " \u2014 " + messages.get("blocked.marker") : text;
    }
}
