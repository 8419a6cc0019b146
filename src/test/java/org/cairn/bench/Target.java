package org.cairn.bench;

/**
 * A performance target of docs/ARCHITECTURE.md for one figure id: met when the figure's median is at most {@code limit}.
 *
 * @param cases the casebook size the target is set for, or 0 for any size (or none)
 * @param what  the measure, in words
 * @param text  the target, in words
 */
record Target(String id, int cases, double limit, String what, String text) {
    boolean appliesTo(BenchFigure figure) {
        return figure.id().equals(id) && (cases == 0 || figure.cases() == cases);
    }

    String verdict(BenchFigure figure) {
        if (!figure.measured()) {
            return "not measured";
        }
        return figure.median() <= limit ? "met" : "**missed**";
    }
}
