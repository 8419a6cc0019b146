package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The smallest and largest value of one variable over everything an attacker knows, by linear programming
 * (Hipparchus' simplex solver): each equation line, each covering line (members of a multi-valued table add up to
 * at least its total, and none exceeds it) and each variable's published range. Variables are counts, so never
 * negative. Works on a sub-problem: the caller passes only the variables and lines connected to the one asked about.
 */
final class LinearBounds {
    private static final int MAX_ITERATIONS = 100_000;

    private final List<LinearConstraint> constraints = new ArrayList<>();
    private final int size;
    private final double[] shift;

    /**
     * Each variable is solved for as its distance above its lower bound, so a lower bound needs no constraint row of
     * its own (such rows cost the simplex an artificial variable each); only finite upper bounds add rows.
     *
     * @param equalities lines whose members add up exactly to their total, in sub-problem indexes
     * @param coverings lines of multi-valued tables, in sub-problem indexes
     */
    LinearBounds(int size, List<Line> equalities, List<Line> coverings, double[] lower, double[] upper) {
        this.size = size;
        this.shift = lower.clone();
        for (Line line : equalities) {
            double[] row = line(line);
            constraints.add(new LinearConstraint(row, Relationship.EQ, -shifted(row)));
        }
        for (Line line : coverings) {
            double[] row = line(line);
            constraints.add(new LinearConstraint(row, Relationship.GEQ, -shifted(row)));
            for (int member : line.members()) {
                double[] below = new double[size];
                below[member] = 1;
                below[line.total()] = -1;
                constraints.add(new LinearConstraint(below, Relationship.LEQ, -shifted(below)));
            }
        }
        for (int v = 0; v < size; v++) {
            if (upper[v] != PublishedRanges.UNBOUNDED) {
                double[] row = new double[size];
                row[v] = 1;
                constraints.add(new LinearConstraint(row, Relationship.LEQ, upper[v] - lower[v]));
            }
        }
    }

    /** The constant a row picks up when its variables are moved by their lower bounds. */
    private double shifted(double[] row) {
        double sum = 0;
        for (int v = 0; v < size; v++) {
            sum += row[v] * shift[v];
        }
        return sum;
    }

    private double[] line(Line line) {
        double[] row = new double[size];
        for (int member : line.members()) {
            row[member] += 1;
        }
        row[line.total()] -= 1;
        return row;
    }

    /** An optimal point when minimising or maximising {@code variable}; null when the maximum is unbounded. */
    double[] extreme(int variable, boolean maximise) {
        double[] objective = new double[size];
        objective[variable] = 1;
        return optimum(objective, maximise);
    }

    /** An optimal point for a linear objective; null when it is unbounded. */
    double[] optimum(double[] objective, boolean maximise) {
        try {
            return solve(objective, maximise, PivotSelectionRule.DANTZIG);
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                return null;
            }
            if (e.getSpecifier() == LocalizedOptimFormats.NO_FEASIBLE_SOLUTION) {
                throw new IllegalStateException("the published ranges contradict each other; the audit cannot run", e);
            }
            // Degenerate problems can cycle under Dantzig's rule; Bland's rule always ends.
            return solve(objective, maximise, PivotSelectionRule.BLAND);
        }
    }

    private double[] solve(double[] objective, boolean maximise, PivotSelectionRule rule) {
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints),
                maximise ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new NonNegativeConstraint(true), rule);
        double[] point = optimum.getPoint();
        for (int v = 0; v < size; v++) {
            point[v] += shift[v];
        }
        return point;
    }
}
