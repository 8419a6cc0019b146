package org.cairn.stats;

import java.util.List;

/**
 * Bounds that hold for every point of the attacker's region, found by reading one line at a time until nothing
 * narrows (interval propagation): each value lies at least as far in as these. They may be wider than the true
 * extremes, never narrower, so a goal outside them is out of reach for certain and needs no simplex solve to be
 * called failing; a goal inside them still needs a feasible point or a solve ({@link IntervalAudit}).
 */
final class OuterBounds {
    private static final int MAX_SWEEPS = 64;
    private static final double SLACK = 1e-9;

    private final double[] lower;
    private final double[] upper;

    /**
     * @param equalities lines whose members add up exactly to their total, in sub-problem indexes
     * @param coverings lines whose members add up to at least their total, none above it
     */
    OuterBounds(List<Line> equalities, List<Line> coverings, double[] lower, double[] upper) {
        this.lower = lower.clone();
        this.upper = upper.clone();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean narrowed = false;
            for (Line line : equalities) {
                narrowed |= equality(line);
            }
            for (Line line : coverings) {
                narrowed |= covering(line);
            }
            if (!narrowed) {
                return;
            }
        }
        // Stopping early is safe: every bound found so far already holds.
    }

    double lower(int v) {
        return lower[v];
    }

    double upper(int v) {
        return upper[v];
    }

    /** total = sum of members. */
    private boolean equality(Line line) {
        double sumLower = 0;
        double sumUpper = 0;
        for (int m : line.members()) {
            sumLower += lower[m];
            sumUpper += upper[m];
        }
        boolean narrowed = raise(line.total(), sumLower) | lower(line.total(), sumUpper);
        for (int m : line.members()) {
            double othersUpper = sumUpper - upper[m];
            double othersLower = sumLower - lower[m];
            if (Double.isFinite(othersUpper)) {
                narrowed |= raise(m, lower[line.total()] - othersUpper);
            }
            narrowed |= lower(m, upper[line.total()] - othersLower);
        }
        return narrowed;
    }

    /** sum of members >= total, and every member <= total. */
    private boolean covering(Line line) {
        double sumUpper = 0;
        for (int m : line.members()) {
            sumUpper += upper[m];
        }
        boolean narrowed = lower(line.total(), sumUpper);
        for (int m : line.members()) {
            narrowed |= lower(m, upper[line.total()]);
            narrowed |= raise(line.total(), lower[m]);
            double othersUpper = sumUpper - upper[m];
            if (Double.isFinite(othersUpper)) {
                narrowed |= raise(m, lower[line.total()] - othersUpper);
            }
        }
        return narrowed;
    }

    private boolean raise(int v, double bound) {
        if (bound > lower[v] + SLACK) {
            lower[v] = bound;
            return true;
        }
        return false;
    }

    private boolean lower(int v, double bound) {
        if (bound < upper[v] - SLACK) {
            upper[v] = bound;
            return true;
        }
        return false;
    }
}
