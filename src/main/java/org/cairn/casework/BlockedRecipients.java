package org.cairn.casework;

import java.util.Objects;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.Text;

/**
 * Who must never be contacted about a client: directory entries or named people and organisations, each with the
 * advocate's reason. Referrals and letters refuse them. A mark names an entry or a typed name, never both, and
 * carries a reason in words; an entry the pickers already mark is not marked again.
 */
public final class BlockedRecipients {
    private final Casebook casebook;
    private final Guard guard;

    BlockedRecipients(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The client's marks and the directory entries still offered, those already blocked marked. */
    @Performs(Action.READ_BLOCKED_RECIPIENTS)
    public ClientBlocks read(long caseId) {
        guard.check(Action.READ_BLOCKED_RECIPIENTS);
        long clientId = clientOf(caseId);
        return new ClientBlocks(clientId, casebook.blockedRecipients().forClient(clientId),
                OfferedRecipients.read(casebook, caseId));
    }

    /**
     * Marks a directory entry ({@code entryId}) or else a typed name as never to be contacted about the case's
     * client; the entry's name is the directory's own.
     */
    @Performs(Action.BLOCK_RECIPIENT)
    public BlockedRecipient block(long caseId, Long entryId, String typedName, String reason) {
        guard.check(Action.BLOCK_RECIPIENT);
        String typed = typedName == null ? "" : typedName.strip();
        if (entryId != null && !typed.isEmpty()) {
            throw new IllegalArgumentException("a mark names a directory entry or a typed name, not both");
        }
        String name = typed;
        if (entryId != null) {
            name = casebook.directory().find(entryId).map(DirectoryEntry::name)
                    .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        }
        if (name.isEmpty()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        if (!Text.meaningful(reason)) {
            throw new CaseworkException(Problem.REASON_NEEDED);
        }
        long clientId = clientOf(caseId);
        // An entry the pickers already mark (by its own mark, or a name matching one) is not marked twice.
        if (entryId != null && casebook.blockedRecipients().isBlocked(clientId, entryId, name)) {
            throw new CaseworkException(Problem.ALREADY_BLOCKED);
        }
        return casebook.blockedRecipients().add(clientId, entryId, name, reason.strip());
    }

    /** Removes a mark: documents may reach them again afterwards. */
    @Performs(Action.UNBLOCK_RECIPIENT)
    public void unblock(long markId) {
        guard.check(Action.UNBLOCK_RECIPIENT);
        casebook.blockedRecipients().remove(markId);
    }

    private long clientOf(long caseId) {
        return casebook.cases().find(caseId).orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND)).clientId();
    }
}
