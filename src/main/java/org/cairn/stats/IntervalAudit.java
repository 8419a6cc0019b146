package org.cairn.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what an attacker can derive about each hidden position from everything published for the quarter
 * (ADR 0026, ADR 0034): the equations of every line, the covering lines of multi-valued tables and the range each
 * published value stands for ({@link PublishedRanges}); every hidden position shows the same mark, so only "0 or
 * more". The rule, for threshold T:
 * <ul>
 *   <li>a hidden count below T must stay possible at 0 and at T-1: nothing about it may be narrowed;</li>
 *   <li>a hidden count of T or more (hidden to protect another) must keep at least two possible values.</li>
 * </ul>
 * Bounds come from the linear relaxation ({@link LinearBounds}); whole-number bounds lie inside them, see the ADRs.
 * Feasible points settle most questions without a solve of their own: the true counts, a few optima over regions
 * inside the attacker's, and points kept from earlier calls ({@link Memory}). A goal outside line-by-line bounds
 * ({@link OuterBounds}) fails without a solve; only the goals left get one each (ADR 0054).
 */
final class IntervalAudit {
    private static final double EPSILON = 1e-6;

    /** The hidden positions that break the rule, in ascending order. */
    List<Integer> failing(List<Line> equalities, List<Line> coverings, List<PublishedCell> published, long[] truth,
            int threshold, PublishedRanges ranges) {
        return failing(equalities, coverings, published, truth, threshold, ranges, new Memory());
    }

    /**
     * As above, reusing what earlier calls for the same quarter found. Valid only while positions are hidden and
     * never shown again: the attacker's region then only grows, so every point it held before it still holds.
     */
    List<Integer> failing(List<Line> equalities, List<Line> coverings, List<PublishedCell> published, long[] truth,
            int threshold, PublishedRanges ranges, Memory memory) {
        int n = published.size();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        List<Line> all = new ArrayList<>(equalities);
        all.addAll(coverings);
        for (Line line : all) {
            for (int member : line.members()) {
                union(parent, member, line.total());
            }
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int v = 0; v < n; v++) {
            components.computeIfAbsent(find(parent, v), k -> new ArrayList<>()).add(v);
        }
        List<Integer> failing = new ArrayList<>();
        for (List<Integer> component : components.values()) {
            if (component.stream().anyMatch(v -> published.get(v).isSuppressed())) {
                failing.addAll(audit(component, equalities, coverings, published, truth, threshold, ranges,
                        memory));
            }
        }
        failing.sort(null);
        return failing;
    }

    private static List<Integer> audit(List<Integer> component, List<Line> equalities, List<Line> coverings,
            List<PublishedCell> published, long[] truth, int threshold, PublishedRanges ranges, Memory memory) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int v : component) {
            local.put(v, local.size());
        }
        int size = component.size();
        double[] lower = new double[size];
        double[] upper = new double[size];
        double[] known = new double[size];
        for (int i = 0; i < size; i++) {
            PublishedCell cell = published.get(component.get(i));
            lower[i] = ranges.lower(cell);
            upper[i] = ranges.upper(cell);
            known[i] = truth[component.get(i)];
        }
        List<Line> localEqualities = localLines(equalities, local);
        List<Line> localCoverings = localLines(coverings, local);
        // Goals: a small position must reach both 0 and T-1; a protecting one either of its neighbours.
        double[] low = new double[size];
        double[] high = new double[size];
        boolean[] small = new boolean[size];
        boolean[] hidden = new boolean[size];
        double[] capLower = lower.clone();
        double[] capUpper = upper.clone();
        for (int i = 0; i < size; i++) {
            CellStatus status = published.get(component.get(i)).status();
            hidden[i] = status != CellStatus.PUBLISHED;
            small[i] = status == CellStatus.SMALL;
            low[i] = small[i] ? 0 : known[i] - 1;
            high[i] = small[i] ? threshold - 1 : known[i] + 1;
            // A region inside the attacker's, so every point of it is one the attacker cannot rule out: hidden
            // counts within their goals, published ones held at their true counts (constants, so a small problem).
            capLower[i] = hidden[i] ? Math.max(lower[i], low[i]) : known[i];
            capUpper[i] = hidden[i] ? Math.min(upper[i], high[i]) : known[i];
        }
        List<double[]> witnesses = memory.witnesses.computeIfAbsent(component.get(0), k -> new ArrayList<>());
        Goals goals = new Goals(hidden, small, low, high, witnesses);
        goals.settle(known);
        for (double[] earlier : List.copyOf(witnesses)) {
            goals.settle(earlier);
        }
        // Goals that even line-by-line bounds put out of reach fail for certain: no solve needed to say so.
        OuterBounds outer = new OuterBounds(localEqualities, localCoverings, lower, upper);
        for (int i = 0; i < size; i++) {
            if (goals.isOpen(i, true) && outer.upper(i) < high[i] - EPSILON) {
                goals.block(i, true);
            }
            if (goals.isOpen(i, false) && outer.lower(i) > low[i] + EPSILON) {
                goals.block(i, false);
            }
        }
        LinearBounds capped = new LinearBounds(size, localEqualities, localCoverings, capLower, capUpper);
        rounds(goals, capped, true);
        rounds(goals, capped, false);
        LinearBounds bounds = new LinearBounds(size, localEqualities, localCoverings, lower, upper);
        // Rounds over the attacker's own region, hidden counts held at or below their upper goals so that the sum
        // stays bounded (still a part of that region: the true counts lie in it); one solve often settles many.
        double[] heldUpper = upper.clone();
        for (int i = 0; i < size; i++) {
            if (hidden[i]) {
                heldUpper[i] = Math.min(upper[i], Math.max(high[i], known[i]));
            }
        }
        rounds(goals, new LinearBounds(size, localEqualities, localCoverings, lower, heldUpper), true);
        rounds(goals, bounds, false);
        for (int i = 0; i < size; i++) {
            for (boolean above : new boolean[] {true, false}) {
                if (goals.isOpen(i, above)) {
                    double[] point = bounds.extreme(i, above);
                    if (point == null) {
                        goals.reached(i, true);
                    } else {
                        goals.settle(point);
                    }
                }
            }
        }
        List<Integer> failing = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (goals.fails(i)) {
                failing.add(component.get(i));
            }
        }
        return failing;
    }

    /** Pushes every open goal of one direction at once over a region; stops when a round settles nothing. */
    private static void rounds(Goals goals, LinearBounds region, boolean above) {
        double[] objective;
        while ((objective = goals.open(above)) != null) {
            double[] point = region.optimum(objective, above);
            if (point == null || goals.settle(point) == 0) {
                return;
            }
        }
    }

    /** Feasible points found for each connected block of a quarter (by its first variable), in its own indexes. */
    static final class Memory {
        private final Map<Integer, List<double[]>> witnesses = new HashMap<>();
    }

    /** Which ends of its protection interval each hidden position has been seen to reach. */
    private static final class Goals {
        private final boolean[] hidden;
        private final boolean[] small;
        private final double[] low;
        private final double[] high;
        private final boolean[] reachedLow;
        private final boolean[] reachedHigh;
        private final boolean[] blockedLow;
        private final boolean[] blockedHigh;

        private final List<double[]> witnesses;

        Goals(boolean[] hidden, boolean[] small, double[] low, double[] high, List<double[]> witnesses) {
            this.witnesses = witnesses;
            this.hidden = hidden;
            this.small = small;
            this.low = low;
            this.high = high;
            this.reachedLow = new boolean[hidden.length];
            this.reachedHigh = new boolean[hidden.length];
            this.blockedLow = new boolean[hidden.length];
            this.blockedHigh = new boolean[hidden.length];
        }

        /** Records what a feasible point shows, and keeps the point if it settled anything; returns how many. */
        int settle(double[] point) {
            int settled = 0;
            for (int i = 0; i < hidden.length; i++) {
                if (isOpen(i, false) && point[i] <= low[i] + EPSILON) {
                    reachedLow[i] = true;
                    settled++;
                }
                if (isOpen(i, true) && point[i] >= high[i] - EPSILON) {
                    reachedHigh[i] = true;
                    settled++;
                }
            }
            if (settled > 0 && !witnesses.contains(point)) {
                witnesses.add(point);
            }
            return settled;
        }

        void reached(int i, boolean above) {
            if (above) {
                reachedHigh[i] = true;
            } else {
                reachedLow[i] = true;
            }
        }

        /** An end shown to be out of reach: it stays unreached, and no solve looks for it. */
        void block(int i, boolean above) {
            if (above) {
                blockedHigh[i] = true;
            } else {
                blockedLow[i] = true;
            }
        }

        /** A protecting position needs only one end, so once it has one neither is open. */
        boolean isOpen(int i, boolean above) {
            if (!hidden[i] || (!small[i] && (reachedLow[i] || reachedHigh[i]))) {
                return false;
            }
            return above ? !reachedHigh[i] && !blockedHigh[i] : !reachedLow[i] && !blockedLow[i];
        }

        /** The sum of the positions with an open goal in this direction, or null if there is none. */
        double[] open(boolean above) {
            double[] objective = new double[hidden.length];
            boolean any = false;
            for (int i = 0; i < hidden.length; i++) {
                if (isOpen(i, above)) {
                    objective[i] = 1;
                    any = true;
                }
            }
            return any ? objective : null;
        }

        boolean fails(int i) {
            return hidden[i] && (small[i] ? !(reachedLow[i] && reachedHigh[i]) : !(reachedLow[i] || reachedHigh[i]));
        }
    }

    private static List<Line> localLines(List<Line> lines, Map<Integer, Integer> local) {
        List<Line> mapped = new ArrayList<>();
        for (Line line : lines) {
            Integer total = local.get(line.total());
            if (total != null) {
                mapped.add(new Line(total, line.members().stream().map(local::get).toList()));
            }
        }
        return mapped;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
