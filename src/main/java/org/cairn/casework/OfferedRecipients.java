package org.cairn.casework;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DirectoryEntry;

/**
 * The directory entries still offered, with the ids of those blocked for one client: what every directory picker
 * in a case file shows. Which are blocked is decided by the repository's own matching (by entry, or by name),
 * never a second copy of it.
 */
public record OfferedRecipients(List<DirectoryEntry> entries, Set<Long> blockedIds) {
    public static final OfferedRecipients NONE = new OfferedRecipients(List.of(), Set.of());

    public OfferedRecipients {
        entries = List.copyOf(entries);
        blockedIds = Set.copyOf(blockedIds);
    }

    /** Reads them for the case's client; each group that offers a picker calls this under its own action. */
    static OfferedRecipients read(Casebook casebook, long caseId) {
        long clientId = casebook.cases().find(caseId).orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND))
                .clientId();
        List<DirectoryEntry> offered = casebook.directory().list().stream().filter(e -> !e.archived()).toList();
        return new OfferedRecipients(offered, offered.stream()
                .filter(e -> casebook.blockedRecipients().isBlocked(clientId, e.id(), e.name()))
                .map(DirectoryEntry::id).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isBlocked(DirectoryEntry entry) {
        return entry != null && blockedIds.contains(entry.id());
    }
}
