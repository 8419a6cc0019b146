package org.cairn.stats;

/** One published position: a value, or a mark saying why there is none. */
public record PublishedCell(CellStatus status, int value) {
    /**
     * The one mark of every hidden position, small or hiding another (ADR 0034). Two marks would tell an attacker
     * which hidden counts are below the threshold and which are not, and those bounds can pin a count.
     */
    public static final String HIDDEN_MARK = "[c]";

    public PublishedCell {
        if (status != CellStatus.PUBLISHED && value != 0) {
            throw new IllegalArgumentException("a suppressed cell carries no value");
        }
    }

    public static PublishedCell suppressed(CellStatus status) {
        return new PublishedCell(status, 0);
    }

    public boolean isSuppressed() {
        return status != CellStatus.PUBLISHED;
    }

    /** The text that goes out: {@code 35}, or {@code [c]} for any hidden count, whatever the reason. */
    public String display(DisclosureSettings settings) {
        return isSuppressed() ? HIDDEN_MARK : Integer.toString(value);
    }
}
