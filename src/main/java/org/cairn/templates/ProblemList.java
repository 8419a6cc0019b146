package org.cairn.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems up to a limit, so a garbled file yields a readable list rather than thousands of lines. */
final class ProblemList {
    private final int max;
    private final List<Problem> problems = new ArrayList<>();
    private boolean truncated;

    ProblemList(int max) {
        this.max = max;
    }

    void add(int line, int column, String message) {
        if (problems.size() < max) {
            problems.add(new Problem(line, column, message));
        } else {
            truncated = true;
        }
    }

    /** True once the limit is reached: callers may skip costly checks whose problems would not be shown. */
    boolean full() {
        truncated |= problems.size() >= max;
        return truncated;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Sorted by position (stable, so problems at one place keep the order they were found in). */
    List<Problem> sorted() {
        List<Problem> result = new ArrayList<>(problems);
        result.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (truncated) {
            Problem last = result.get(result.size() - 1);
            result.add(new Problem(last.line(), last.column(), "Only the first " + max + " problems are shown. "
                    + "Fix these and check the file again."));
        }
        return result;
    }
}
