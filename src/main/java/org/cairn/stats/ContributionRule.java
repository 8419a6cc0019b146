package org.cairn.stats;

/**
 * The rule against differencing across levels (ADR 0052). An organisation may publish its own counts beside the
 * coalition's pooled ones, and knows its own exact counts. Subtracting organisations' own figures from a pooled
 * cell leaves the sum of the others. Own figures are published only where an organisation's count is at least the
 * threshold T, so what a reader can be left with is, at the least, the sum of the organisations whose counts are
 * below T (zeros included); an organisation that subtracts its own exact count, when it is one of those, leaves the
 * others of them. A pooled cell is hidden like a small count unless both of those sums are T or more (or there is
 * no other organisation to isolate).
 */
final class ContributionRule {
    private ContributionRule() {
    }

    /**
     * True when subtracting organisations' own figures (and one organisation's exact count) from this cell could
     * leave a group of fewer than {@code threshold} cases.
     *
     * @param contributions the cell's count in each organisation of the pooled quarter
     */
    static boolean isolatesSmallGroup(long[] contributions, int threshold) {
        long belowSum = 0;
        long belowLargest = 0;
        int below = 0;
        for (long count : contributions) {
            if (count < threshold) {
                below++;
                belowSum += count;
                belowLargest = Math.max(belowLargest, count);
            }
        }
        // The weakest remainder: every organisation below T together, less the largest of them (the insider).
        // With only one below T that is nothing left for the insider, but the others can isolate it: hidden.
        return below > 0 && belowSum - belowLargest < threshold;
    }
}
