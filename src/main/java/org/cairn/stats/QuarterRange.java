package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole quarters from {@code from} to {@code to}, both included. A range is only a list: every table covers one
 * quarter, so two ranges never overlap partially and cannot be subtracted to isolate a shorter period.
 */
public record QuarterRange(Quarter from, Quarter to) {
    /** Keeps one export to a readable size (ten years). */
    public static final int MAX_QUARTERS = 40;

    public QuarterRange {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("the range starts (" + from + ") after it ends (" + to + ")");
        }
        if ((to.year() * 4 + to.quarter()) - (from.year() * 4 + from.quarter()) >= MAX_QUARTERS) {
            throw new IllegalArgumentException("a range can cover at most " + MAX_QUARTERS + " quarters");
        }
    }

    public static QuarterRange of(Quarter only) {
        return new QuarterRange(only, only);
    }

    public List<Quarter> quarters() {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = from; q.compareTo(to) <= 0; q = q.next()) {
            all.add(q);
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + "-" + to;
    }
}
