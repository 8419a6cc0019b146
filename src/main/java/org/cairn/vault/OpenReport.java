package org.cairn.vault;

/**
 * What recovery did while opening.
 *
 * @param replayedTransactions log records applied on top of the snapshot
 * @param droppedUnconfirmedWrite a final log record was incomplete or unreadable: a write interrupted before it
 *     was confirmed, so it was dropped
 * @param discardedStaleLog the log belonged to the previous snapshot (an interrupted checkpoint) and was reset
 */
public record OpenReport(long replayedTransactions, boolean droppedUnconfirmedWrite, boolean discardedStaleLog) {
}
