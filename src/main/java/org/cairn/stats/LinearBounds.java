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

    private static final double EPSILON = 1e-9;

    private final List<LinearConstraint> constraints = new ArrayList<>();
    private final int size;
    private final double[] shift;
    /** Each variable's column in the solver, or -1 for a variable held at one value (not a variable at all). */
    private final int[] column;
    private final int width;

    /**
     * Each variable is solved for as its distance above its lower bound, so a lower bound needs no constraint row of
     * its own (such rows cost the simplex an artificial variable each); only finite upper bounds add rows. A variable
     * whose bounds are equal is a constant: it gets no column, and a line of constants only is left out.
     *
     * @param equalities lines whose members add up exactly to their total, in sub-problem indexes
     * @param coverings lines of multi-valued tables, in sub-problem indexes
     */
    LinearBounds(int size, List<Line> equalities, List<Line> coverings, double[] lower, double[] upper) {
        this.size = size;
        this.shift = lower.clone();
        this.column = new int[size];
        int columns = 0;
        for (int v = 0; v < size; v++) {
            column[v] = upper[v] - lower[v] <= EPSILON ? -1 : columns++;
        }
        this.width = columns;
        for (Line line : equalities) {
            add(line(line), Relationship.EQ);
        }
        for (Line line : coverings) {
            add(line(line), Relationship.GEQ);
            for (int member : line.members()) {
                double[] below = new double[size];
                below[member] = 1;
                below[line.total()] = -1;
                add(below, Relationship.LEQ);
            }
        }
        for (int v = 0; v < size; v++) {
            if (column[v] >= 0 && upper[v] != PublishedRanges.UNBOUNDED) {
                double[] row = new double[width];
                row[column[v]] = 1;
                constraints.add(new LinearConstraint(row, Relationship.LEQ, upper[v] - lower[v]));
            }
        }
    }

    /** Adds {@code row . x (relationship) 0}, moved by the lower bounds and written over the solver's columns. */
    private void add(double[] row, Relationship relationship) {
        double constant = 0;
        double[] compact = new double[width];
        boolean any = false;
        for (int v = 0; v < size; v++) {
            constant += row[v] * shift[v];
            if (column[v] >= 0 && row[v] != 0) {
                compact[column[v]] = row[v];
                any = true;
            }
        }
        if (any) {
            constraints.add(new LinearConstraint(compact, relationship, -constant));
        } else if (relationship == Relationship.EQ ? Math.abs(constant) > EPSILON
                : relationship == Relationship.GEQ ? constant < -EPSILON : constant > EPSILON) {
            throw new IllegalStateException("the published ranges contradict each other; the audit cannot run");
        }
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
        double[] point = shift.clone();
        if (width == 0) {
            return point;
        }
        double[] compact = new double[width];
        for (int v = 0; v < size; v++) {
            if (column[v] >= 0) {
                compact[column[v]] = objective[v];
            }
        }
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                new LinearObjectiveFunction(compact, 0), new LinearConstraintSet(constraints),
                maximise ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new NonNegativeConstraint(true), rule);
        double[] solved = optimum.getPoint();
        for (int v = 0; v < size; v++) {
            if (column[v] >= 0) {
                point[v] += solved[column[v]];
            }
        }
        return point;
    }
}
