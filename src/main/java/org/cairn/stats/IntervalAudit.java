package org.cairn.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what an attacker can derive about each hidden position from everything published for the quarter
 * (ADR 0026): the equations of every line, the covering lines of multi-valued tables and the range each published
 * value or mark stands for ({@link PublishedRanges}). The rule, for threshold T:
 * <ul>
 *   <li>a small ({@code <T}) position must stay possible at 0 and at T-1: nothing about it may be narrowed;</li>
 *   <li>a protecting ({@code [c]}) position must keep at least two possible values.</li>
 * </ul>
 * Bounds come from the linear relaxation ({@link LinearBounds}); whole-number bounds lie inside them, see the ADR.
 * Points already known to be feasible (the true counts, earlier optima) settle most questions without a solve.
 */
final class IntervalAudit {
    private static final double EPSILON = 1e-6;

    /** The hidden positions that break the rule, in ascending order. */
    List<Integer> failing(List<Line> equalities, List<Line> coverings, List<PublishedCell> published, long[] truth,
            int threshold, PublishedRanges ranges) {
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
                failing.addAll(audit(component, equalities, coverings, published, truth, threshold, ranges));
            }
        }
        failing.sort(null);
        return failing;
    }

    private static List<Integer> audit(List<Integer> component, List<Line> equalities, List<Line> coverings,
            List<PublishedCell> published, long[] truth, int threshold, PublishedRanges ranges) {
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
        LinearBounds bounds = new LinearBounds(size, localLines(equalities, local), localLines(coverings, local),
                lower, upper);
        List<double[]> witnesses = new ArrayList<>();
        witnesses.add(known);
        addWitnesses(size, component, published, known, lower, upper, equalities, coverings, local, witnesses);
        List<Integer> failing = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PublishedCell cell = published.get(component.get(i));
            if (!cell.isSuppressed()) {
                continue;
            }
            boolean small = cell.status() == CellStatus.SMALL;
            double low = small ? 0 : known[i] - 1;
            double high = small ? threshold - 1 : known[i] + 1;
            boolean reachesLow = reaches(witnesses, i, low, false) || reachesBySolving(bounds, witnesses, i, low, false);
            boolean reachesHigh = reaches(witnesses, i, high, true) || reachesBySolving(bounds, witnesses, i, high, true);
            // A [c] position needs one other value on either side; a small one needs both ends of 0..T-1.
            if (small ? !(reachesLow && reachesHigh) : !(reachesLow || reachesHigh)) {
                failing.add(component.get(i));
            }
        }
        return failing;
    }

    /**
     * A few solves that settle most cells at once: the smallest and largest sum of the small cells, and the largest
     * and smallest sum of the protecting cells each held within one of its true value. Any point of a region inside
     * the attacker's is a point the attacker cannot rule out, so these are valid witnesses.
     */
    private static void addWitnesses(int size, List<Integer> component, List<PublishedCell> published, double[] known,
            double[] lower, double[] upper, List<Line> equalities, List<Line> coverings, Map<Integer, Integer> local,
            List<double[]> witnesses) {
        double[] smallCells = new double[size];
        double[] protecting = new double[size];
        double[] capLower = lower.clone();
        double[] capUpper = upper.clone();
        for (int i = 0; i < size; i++) {
            CellStatus status = published.get(component.get(i)).status();
            if (status == CellStatus.SMALL) {
                smallCells[i] = 1;
            } else if (status == CellStatus.PROTECTING) {
                protecting[i] = 1;
                capLower[i] = Math.max(lower[i], known[i] - 1);
                capUpper[i] = Math.min(upper[i], known[i] + 1);
            }
        }
        LinearBounds capped = new LinearBounds(size, localLines(equalities, local), localLines(coverings, local),
                capLower, capUpper);
        for (boolean maximise : new boolean[] {false, true}) {
            addIfPresent(witnesses, capped.optimum(smallCells, maximise));
            addIfPresent(witnesses, capped.optimum(protecting, maximise));
        }
    }

    private static void addIfPresent(List<double[]> witnesses, double[] point) {
        if (point != null) {
            witnesses.add(point);
        }
    }

    private static boolean reaches(List<double[]> witnesses, int i, double target, boolean above) {
        for (double[] w : witnesses) {
            if (above ? w[i] >= target - EPSILON : w[i] <= target + EPSILON) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesBySolving(LinearBounds bounds, List<double[]> witnesses, int i, double target,
            boolean above) {
        double[] point = bounds.extreme(i, above);
        if (point == null) {
            return true;
        }
        witnesses.add(point);
        return above ? point[i] >= target - EPSILON : point[i] <= target + EPSILON;
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
