package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds hidden positions whose exact value follows from the published ones: each {@link Line} is an equation
 * (members add up to the total), the published values are known, and a hidden value is determined when its
 * unit vector lies in the row space of the equations restricted to hidden positions. This catches more than
 * the single-unknown-in-a-line attack, for example a hidden cell that joins two otherwise protected blocks.
 * Exact integer elimination; an overflow fails loudly rather than passing a table unchecked.
 */
final class LinearAudit {
    /** Positions whose value an attacker can compute exactly, in ascending order. */
    List<Integer> determined(List<Line> lines, boolean[] hidden) {
        int[] column = new int[hidden.length];
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            column[i] = hidden[i] ? unknowns.size() : -1;
            if (hidden[i]) {
                unknowns.add(i);
            }
        }
        List<long[]> rows = new ArrayList<>();
        for (Line line : lines) {
            long[] row = new long[unknowns.size()];
            boolean any = false;
            for (int member : line.members()) {
                if (hidden[member]) {
                    row[column[member]] += 1;
                    any = true;
                }
            }
            if (hidden[line.total()]) {
                row[column[line.total()]] -= 1;
                any = true;
            }
            if (any) {
                rows.add(row);
            }
        }
        return solvable(reduce(rows, unknowns.size()), unknowns);
    }

    private static List<long[]> reduce(List<long[]> rows, int width) {
        int rank = 0;
        for (int col = 0; col < width && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(rows, rank, pivot);
            long[] p = rows.get(rank);
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (r != rank && row[col] != 0) {
                    long factor = row[col];
                    long scale = p[col];
                    for (int j = 0; j < width; j++) {
                        row[j] = Math.subtractExact(Math.multiplyExact(row[j], scale),
                                Math.multiplyExact(p[j], factor));
                    }
                    normalise(row);
                }
            }
            rank++;
        }
        return rows.subList(0, rank);
    }

    /** A reduced row with exactly one non-zero entry pins that unknown down. */
    private static List<Integer> solvable(List<long[]> reduced, List<Integer> unknowns) {
        List<Integer> found = new ArrayList<>();
        for (long[] row : reduced) {
            int nonZero = -1;
            int count = 0;
            for (int j = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    nonZero = j;
                    count++;
                }
            }
            if (count == 1) {
                found.add(unknowns.get(nonZero));
            }
        }
        found.sort(null);
        return found;
    }

    private static void normalise(long[] row) {
        long g = 0;
        for (long v : row) {
            g = gcd(g, Math.abs(v));
        }
        if (g > 1) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= g;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
