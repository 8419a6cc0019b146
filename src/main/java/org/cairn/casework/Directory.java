package org.cairn.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.DirectorySearch;
import org.cairn.casebook.directoryfile.DirectoryTransfer;

/** The service directory: the organisations a case may be referred to, and the directory file. */
public final class Directory {
    private final Casebook casebook;
    private final Guard guard;

    Directory(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The entries in use, by name. */
    @Performs(Action.READ_DIRECTORY)
    public List<DirectoryEntry> list() {
        guard.check(Action.READ_DIRECTORY);
        return casebook.directory().list();
    }

    @Performs(Action.READ_DIRECTORY)
    public List<DirectoryEntry> search(DirectorySearch query) {
        guard.check(Action.READ_DIRECTORY);
        return casebook.directory().search(query);
    }

    /** A new entry; a name the directory already has (as a reader would read it) is refused. */
    @Performs(Action.EDIT_DIRECTORY)
    public DirectoryEntry add(DirectoryDetails details) {
        guard.check(Action.EDIT_DIRECTORY);
        requireFreeName(details.name(), null);
        return casebook.directory().add(details);
    }

    /** Saves {@code details} over the entry; its archived state is kept. */
    @Performs(Action.EDIT_DIRECTORY)
    public DirectoryEntry update(long entryId, DirectoryDetails details) {
        guard.check(Action.EDIT_DIRECTORY);
        DirectoryEntry current = casebook.directory().find(entryId)
                .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        requireFreeName(details.name(), entryId);
        casebook.directory().update(entryId, details);
        return new DirectoryEntry(entryId, details, current.archived());
    }

    /** Hides the entry from lists and searches; referrals that name it keep pointing to it. */
    @Performs(Action.EDIT_DIRECTORY)
    public void archive(long entryId) {
        guard.check(Action.EDIT_DIRECTORY);
        if (casebook.directory().find(entryId).isEmpty()) {
            throw new CaseworkException(Problem.NOT_FOUND);
        }
        casebook.directory().archive(entryId);
    }

    /** Checks the whole file; stores it in one transaction only when it has no problem at all. */
    @Performs(Action.IMPORT_DIRECTORY)
    public DirectoryTransfer.Outcome importFile(byte[] file) {
        guard.check(Action.IMPORT_DIRECTORY);
        return new DirectoryTransfer(casebook.directory()).importFile(file);
    }

    /** The entries in use as the bytes of a directory file; writing them is the caller's. */
    @Performs(Action.EXPORT_DIRECTORY)
    public byte[] exportFile() {
        guard.check(Action.EXPORT_DIRECTORY);
        return new DirectoryTransfer(casebook.directory()).export();
    }

    private void requireFreeName(String name, Long except) {
        Optional<DirectoryEntry> same = casebook.directory().findByName(name);
        if (same.isPresent() && (except == null || same.get().id() != except)) {
            throw new CaseworkException(Problem.DIRECTORY_NAME_IN_USE);
        }
    }
}
