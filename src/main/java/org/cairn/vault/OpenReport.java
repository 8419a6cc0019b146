package org.cairn.vault;

import java.util.Optional;

/**
 * What recovery did while opening.
 *
 * @param replayedTransactions log records applied on top of the snapshot
 * @param droppedUnconfirmedWrite the final log record was cut short: a write interrupted before it was confirmed,
 *     so it was dropped
 * @param discardedStaleLog the log belonged to the previous snapshot (an interrupted checkpoint) and was reset
 * @param logDamage when the log was damaged or changed after its header: what and where. Everything before that
 *     point was loaded and the casebook is open read-only, so nothing is cut off the files
 * @param olderThanRemembered when this computer remembers the casebook further along than the files are (an older
 *     copy put back, or a log cut short): what was found. The casebook is then open read-only
 * @param readOnlyReason why the casebook is open read-only, null when it is writable
 * @param acceptedOlderCopy when the person asked to keep working in an older copy and it was one: what was found,
 *     so the caller can record that choice. Null otherwise
 */
public record OpenReport(long replayedTransactions, boolean droppedUnconfirmedWrite, boolean discardedStaleLog,
        String logDamage, String olderThanRemembered, String readOnlyReason, String acceptedOlderCopy) {
    public OpenReport(long replayedTransactions, boolean droppedUnconfirmedWrite, boolean discardedStaleLog) {
        this(replayedTransactions, droppedUnconfirmedWrite, discardedStaleLog, null, null, null, null);
    }

    public OpenReport(long replayedTransactions, boolean droppedUnconfirmedWrite, boolean discardedStaleLog,
            String logDamage, String olderThanRemembered, String readOnlyReason) {
        this(replayedTransactions, droppedUnconfirmedWrite, discardedStaleLog, logDamage, olderThanRemembered,
                readOnlyReason, null);
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** A problem the person must hear about (the casebook opened, but not as it should be). */
    public Optional<String> problem() {
        if (logDamage != null) {
            return Optional.of(logDamage);
        }
        return Optional.ofNullable(olderThanRemembered);
    }
}
