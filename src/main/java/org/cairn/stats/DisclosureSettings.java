package org.cairn.stats;

/**
 * The coordinator's disclosure-control settings. Counts below {@code threshold} are never published; other counts
 * are rounded to the nearest {@code roundingBase}. The minimums are the floor below which a published table would
 * no longer protect one person, so they are enforced, not advised.
 */
public record DisclosureSettings(int threshold, int roundingBase) {
    public static final int DEFAULT_THRESHOLD = 10;
    public static final int DEFAULT_ROUNDING_BASE = 5;
    public static final int MIN_THRESHOLD = 5;
    public static final int MIN_ROUNDING_BASE = 3;
    /** Upper bounds only stop typing mistakes (a threshold of 1000 would publish nothing). */
    public static final int MAX_THRESHOLD = 100;
    public static final int MAX_ROUNDING_BASE = 50;

    public DisclosureSettings {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("the threshold must be from " + MIN_THRESHOLD + " to " + MAX_THRESHOLD
                    + " (default " + DEFAULT_THRESHOLD + "); smaller counts could identify someone");
        }
        if (roundingBase < MIN_ROUNDING_BASE || roundingBase > MAX_ROUNDING_BASE) {
            throw new IllegalArgumentException("the rounding base must be from " + MIN_ROUNDING_BASE + " to "
                    + MAX_ROUNDING_BASE + " (default " + DEFAULT_ROUNDING_BASE + ")");
        }
    }

    public static DisclosureSettings defaults() {
        return new DisclosureSettings(DEFAULT_THRESHOLD, DEFAULT_ROUNDING_BASE);
    }

    /** The smallest value a published cell may take: the threshold rounded up to the base. */
    public int smallestPublished() {
        return (threshold + roundingBase - 1) / roundingBase * roundingBase;
    }
}
