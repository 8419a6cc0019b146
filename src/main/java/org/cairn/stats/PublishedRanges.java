package org.cairn.stats;

/**
 * What one published position tells an attacker who knows the method (ADR 0026, ADR 0034): the range its exact count
 * must lie in. Every hidden position carries the same mark, small or not, so a mark means only "0 or more". A value
 * v was the count plus noise of at most {@value PerturbationTable#MAX_NOISE} either way, rounded to the nearest
 * multiple of the base (halves up), and never below the smallest published value, so the count lies within the
 * rounding interval widened by the noise, and is at least T.
 */
final class PublishedRanges {
    static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    private final DisclosureSettings settings;

    PublishedRanges(DisclosureSettings settings) {
        this.settings = settings;
    }

    double lower(PublishedCell cell) {
        int t = settings.threshold();
        return switch (cell.status()) {
            case SMALL, PROTECTING -> 0;
            case PUBLISHED -> cell.value() <= settings.smallestPublished() ? t
                    : Math.max(t, cell.value() - settings.roundingBase() / 2 - PerturbationTable.MAX_NOISE);
        };
    }

    double upper(PublishedCell cell) {
        int base = settings.roundingBase();
        return switch (cell.status()) {
            case SMALL, PROTECTING -> UNBOUNDED;
            case PUBLISHED -> cell.value() - base / 2 + base - 1 + PerturbationTable.MAX_NOISE;
        };
    }
}
