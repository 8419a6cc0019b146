package org.cairn.ui.common;

/**
 * What to say when unlocking or restoring applied again erasures made after the copy was taken (ADR 0041): an
 * older backup or folder never brings an erased person back, and the screen says so rather than leave someone
 * wondering where a client went.
 */
public final class ErasedAgain {
    private ErasedAgain() {
    }

    /** The sentence for the erasures this session applied again when it was opened, or "" when there were none. */
    public static String sentence(Messages messages, Session session) {
        int count = session.casework().erasure().reappliedAtUnlock().size();
        return count == 0 ? "" : messages.format("erasure.appliedAgain", count);
    }
}
