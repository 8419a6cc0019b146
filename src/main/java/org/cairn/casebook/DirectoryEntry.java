package org.cairn.casebook;

/** A stored directory entry. An archived entry is kept for the referrals that name it but offered no more. */
public record DirectoryEntry(long id, DirectoryDetails details, boolean archived) {
    public String name() {
        return details.name();
    }

    public RecipientKind kind() {
        return details.kind();
    }
}
