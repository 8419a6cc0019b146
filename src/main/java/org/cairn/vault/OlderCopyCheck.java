package org.cairn.vault;

import java.util.Optional;

/** Compares a casebook's files with what this computer remembers of it (see {@link RollbackAnchors}). */
final class OlderCopyCheck {
    private OlderCopyCheck() {
    }

    /** Returns what is wrong, or null when the files are as far along as remembered (or nothing is remembered). */
    static String find(RollbackAnchors anchors, SnapshotHeader header, long logGeneration, long logBytes) {
        if (anchors == null) {
            return null;
        }
        Optional<RollbackAnchors.Anchor> remembered = anchors.recall(header.casebookId());
        if (remembered.isEmpty() || !remembered.get().isAheadOf(header.generation(), logGeneration, logBytes)) {
            return null;
        }
        RollbackAnchors.Anchor anchor = remembered.get();
        String what = anchor.generation() > header.generation()
                ? "its snapshot is generation " + header.generation() + ", but this computer last saw generation "
                        + anchor.generation()
                : "its log holds " + logBytes + " bytes, but this computer saw " + anchor.confirmedLogBytes()
                        + " bytes confirmed";
        return "This casebook is older than the copy last opened on this computer (" + what + "). An older copy of "
                + "its files may have been put back, or the log was cut short, so recent changes may be missing. "
                + "It was opened read-only. Restore your latest backup, or, if you mean to keep working in this "
                + "older copy, open it again and accept the older copy";
    }
}
