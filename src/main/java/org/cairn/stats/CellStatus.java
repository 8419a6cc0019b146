package org.cairn.stats;

/** How a published position is shown. Stored by name in the casebook, so constants are never renamed. */
public enum CellStatus {
    /** A rounded, perturbed count. */
    PUBLISHED,
    /** Fewer than the threshold (zero included): hidden, shown as {@code [c]}. */
    SMALL,
    /** Hidden so that a small count elsewhere in its row or column cannot be worked out, or in pooled counts so
     * that organisations' own figures cannot be subtracted from it to leave a small group (ADR 0052): shown as
     * {@code [c]} too, so that the mark does not say which hidden counts are small. */
    PROTECTING
}
