package org.cairn.transfer;

/** What the sender means by a transfer: hand the case over, or keep working on it together. */
public enum TransferKind {
    /** The receiver takes the case over; the sender is to keep only a closed stub once the move is confirmed. */
    MOVE,
    /** Both casebooks keep the case and exchange their changes. */
    SHARE
}
