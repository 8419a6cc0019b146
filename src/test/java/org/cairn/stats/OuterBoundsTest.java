package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Line-by-line bounds may only ever be wider than the attacker's true extremes, never narrower: the interval audit
 * calls a goal outside them failing without a solve, so a bound that cut into the region would fail cells that are
 * in fact protected (and, the other way round, hide a real narrowing if the audit trusted it to pass one).
 */
class OuterBoundsTest {
    private static final double TOLERANCE = 1e-6;

    @Test
    void aTotalOf55AndANoOf35BoundTheTwoHiddenCellsTogetherButNotEachBelowItsGoal() {
        // yes + no + unknown = total; no in 31..39, total in 51..59, the hidden ones only "0 or more".
        List<Line> lines = List.of(new Line(3, List.of(0, 1, 2)));
        double inf = PublishedRanges.UNBOUNDED;
        OuterBounds bounds = new OuterBounds(lines, List.of(), new double[] {0, 31, 0, 51},
                new double[] {inf, 39, inf, 59});
        assertThat(bounds.lower(0)).isZero();
        assertThat(bounds.upper(0)).isEqualTo(28.0);
        assertThat(bounds.upper(2)).isEqualTo(28.0);
    }

    @Test
    void onRandomLinkedLinesEveryBoundLiesOutsideTheSimplexExtremes() {
        Random random = new Random(54);
        int narrowed = 0;
        for (int trial = 0; trial < 200; trial++) {
            int size = 4 + random.nextInt(8);
            long[] truth = new long[size];
            List<Line> equalities = new ArrayList<>();
            List<Line> coverings = new ArrayList<>();
            // Lines built bottom up from a true point, so the region is never empty.
            for (int v = 0; v < size; v++) {
                truth[v] = random.nextInt(30);
            }
            for (int l = 0; l < 1 + random.nextInt(4); l++) {
                int total = random.nextInt(size);
                List<Integer> members = new ArrayList<>();
                for (int v = 0; v < size; v++) {
                    if (v != total && random.nextInt(3) == 0) {
                        members.add(v);
                    }
                }
                if (members.size() < 2) {
                    continue;
                }
                long sum = members.stream().mapToLong(m -> truth[m]).sum();
                long largest = members.stream().mapToLong(m -> truth[m]).max().orElse(0);
                if (random.nextBoolean() && sum == truth[total]) {
                    equalities.add(new Line(total, members));
                } else if (sum >= truth[total] && largest <= truth[total]) {
                    coverings.add(new Line(total, members));
                } else if (members.stream().noneMatch(m -> m == total)) {
                    truth[total] = sum;
                    equalities.add(new Line(total, members));
                }
            }
            if (!consistent(truth, equalities, coverings)) {
                continue;
            }
            double[] lower = new double[size];
            double[] upper = new double[size];
            for (int v = 0; v < size; v++) {
                boolean hidden = random.nextInt(3) == 0;
                int spread = random.nextInt(6);
                lower[v] = hidden ? 0 : Math.max(0, truth[v] - spread);
                upper[v] = hidden ? PublishedRanges.UNBOUNDED : truth[v] + random.nextInt(6);
            }
            OuterBounds outer = new OuterBounds(equalities, coverings, lower, upper);
            LinearBounds exact = new LinearBounds(size, equalities, coverings, lower, upper);
            for (int v = 0; v < size; v++) {
                double[] lowest = exact.extreme(v, false);
                double[] highest = exact.extreme(v, true);
                assertThat(outer.lower(v)).as("trial %d, lower of %d", trial, v)
                        .isLessThanOrEqualTo(lowest[v] + TOLERANCE);
                if (highest != null) {
                    assertThat(outer.upper(v)).as("trial %d, upper of %d", trial, v)
                            .isGreaterThanOrEqualTo(highest[v] - TOLERANCE);
                } else {
                    assertThat(outer.upper(v)).as("trial %d, unbounded %d", trial, v)
                            .isEqualTo(PublishedRanges.UNBOUNDED);
                }
                narrowed += outer.lower(v) > lower[v] || outer.upper(v) < upper[v] ? 1 : 0;
            }
        }
        assertThat(narrowed).as("the lines narrow some ranges, so the comparison is not empty").isPositive();
    }

    private static boolean consistent(long[] truth, List<Line> equalities, List<Line> coverings) {
        for (Line line : equalities) {
            if (line.members().stream().mapToLong(m -> truth[m]).sum() != truth[line.total()]) {
                return false;
            }
        }
        for (Line line : coverings) {
            if (line.members().stream().mapToLong(m -> truth[m]).sum() < truth[line.total()]
                    || line.members().stream().anyMatch(m -> truth[m] > truth[line.total()])) {
                return false;
            }
        }
        return true;
    }
}
