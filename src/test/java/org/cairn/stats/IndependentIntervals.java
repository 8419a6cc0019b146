package org.cairn.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The attacker's bounds on every hidden cell of a published quarter, worked out apart from the production audit:
 * its own reading of the shown text (a number, or the one mark {@code [c]}, which says only "0 or more"), its own
 * equations from the layouts, and another LP library (Commons Math). Returns a line per hidden cell whose range
 * breaks the rule, judged against the exact counts: a small cell must reach 0 and T-1, a hidden larger one must keep
 * a range at least 1 wide.
 */
final class IndependentIntervals {
    private IndependentIntervals() {
    }

    static List<String> violations(List<ExactTable> exact, Map<TableSpec, List<PublishedCell>> published,
            DisclosureSettings settings) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        published.forEach((spec, cells) -> shown.put(spec.id(), cells.stream().map(c -> c.display(settings)).toList()));
        return violationsInText(exact, shown, settings);
    }

    /**
     * As the files show it: for each table id the attacker holds, the text of each position in layout order. Tables
     * the attacker does not hold are left out; the exact counts only judge the result.
     */
    static List<String> violationsInText(List<ExactTable> allExact, Map<String, List<String>> published,
            DisclosureSettings settings) {
        List<ExactTable> exact = allExact.stream().filter(t -> published.containsKey(t.spec().id())).toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        List<Long> exactCounts = new ArrayList<>();
        List<int[]> tablesVars = new ArrayList<>();
        for (ExactTable table : exact) {
            int[] vars = new int[table.layout().size()];
            for (int p = 0; p < vars.length; p++) {
                String key = QuarterProtector.signature(table.spec(), table.layout(), p);
                Integer v = index.get(key);
                if (v == null) {
                    v = index.size();
                    index.put(key, v);
                    cells.add(published.get(table.spec().id()).get(p));
                    exactCounts.add(table.counts()[p]);
                }
                vars[p] = v;
            }
            tablesVars.add(vars);
        }
        int n = cells.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int t = 0; t < exact.size(); t++) {
            TableSpec spec = exact.get(t).spec();
            boolean atLeast = spec.rows() != null && spec.rows().multiValued();
            for (Line line : exact.get(t).layout().lines()) {
                double[] row = new double[n];
                for (int m : line.members()) {
                    row[tablesVars.get(t)[m]] += 1;
                    if (atLeast) {
                        double[] below = new double[n];
                        below[tablesVars.get(t)[m]] = 1;
                        below[tablesVars.get(t)[line.total()]] = -1;
                        constraints.add(new LinearConstraint(below, Relationship.LEQ, 0));
                    }
                }
                row[tablesVars.get(t)[line.total()]] -= 1;
                constraints.add(new LinearConstraint(row, atLeast ? Relationship.GEQ : Relationship.EQ, 0));
            }
        }
        int threshold = settings.threshold();
        int base = settings.roundingBase();
        for (int v = 0; v < n; v++) {
            // Only what the files show: the shown text, never the reason a cell is hidden.
            String shown = cells.get(v);
            double low = 0;
            double high = Double.NaN;
            if (shown.matches("\\d+")) {
                // published = round(count + noise) with |noise| <= 2; the smallest value may have been raised.
                int value = Integer.parseInt(shown);
                double roundedLow = value - base / 2.0;
                double roundedHigh = value + (base - 1) / 2.0;
                high = Math.floor(roundedHigh) + 2;
                low = value == settings.smallestPublished() ? threshold : Math.max(threshold, Math.ceil(roundedLow) - 2);
            } else if (!shown.equals("[c]")) {
                throw new IllegalArgumentException("unexpected published text " + shown);
            }
            double[] unit = new double[n];
            unit[v] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.GEQ, low));
            if (!Double.isNaN(high)) {
                constraints.add(new LinearConstraint(unit.clone(), Relationship.LEQ, high));
            }
        }
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            if (!cells.get(entry.getValue()).equals("[c]")) {
                continue;
            }
            double min = solve(n, constraints, entry.getValue(), GoalType.MINIMIZE);
            double max = solve(n, constraints, entry.getValue(), GoalType.MAXIMIZE);
            // The rule needs the truth, which only the test knows: a small count must reach 0 and T-1.
            boolean small = exactCounts.get(entry.getValue()) < threshold;
            boolean ok = small ? min <= 1e-6 && max >= threshold - 1 - 1e-6 : max - min >= 1 - 1e-6;
            if (!ok) {
                violations.add(entry.getKey() + (small ? " small" : " hiding another") + " in " + min + ".." + max);
            }
        }
        return violations;
    }

    private static double solve(int n, List<LinearConstraint> constraints, int variable, GoalType goal) {
        double[] objective = new double[n];
        objective[variable] = 1;
        try {
            return new SimplexSolver().optimize(new MaxIter(200_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
        } catch (UnboundedSolutionException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
