package org.cairn.stats;

/** One published position: a value, or a mark saying why there is none. */
public record PublishedCell(CellStatus status, int value) {
    public static final String PROTECTING_MARK = "[c]";

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

    /** The text that goes out: {@code 35}, {@code <10} or {@code [c]}. */
    public String display(DisclosureSettings settings) {
        return switch (status) {
            case PUBLISHED -> Integer.toString(value);
            case SMALL -> settings.smallCountMark();
            case PROTECTING -> PROTECTING_MARK;
        };
    }
}
