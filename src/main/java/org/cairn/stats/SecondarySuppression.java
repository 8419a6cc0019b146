package org.cairn.stats;

import java.util.List;

/**
 * Hides further positions until no hidden position can be worked out from published ones. First the classic line
 * rule, to a fixpoint: a line (row, column or margin) with exactly one hidden position gets a second one, the
 * smallest visible member (the total only when every member is already hidden). Then the {@link LinearAudit}
 * catches patterns the line rule cannot see; each finding hides one more position next to it and the line rule
 * runs again. Choosing small cells keeps the information lost small.
 */
final class SecondarySuppression {
    private final LinearAudit audit;

    SecondarySuppression(LinearAudit audit) {
        this.audit = audit;
    }

    /** Returns which positions end up hidden; {@code small} (primary suppression) is not changed. */
    boolean[] protect(List<Line> lines, long[] counts, boolean[] small) {
        return protect(lines, counts, small, small);
    }

    /** As {@link #protect(List, long[], boolean[])}, starting from positions already hidden (at least the small ones). */
    boolean[] protect(List<Line> lines, long[] counts, boolean[] small, boolean[] alreadyHidden) {
        boolean[] hidden = alreadyHidden.clone();
        boolean progress = true;
        while (progress) {
            applyLineRule(lines, counts, hidden);
            progress = false;
            for (int position : audit.determined(lines, hidden)) {
                if (hideNextTo(position, lines, counts, hidden)) {
                    progress = true;
                    break;
                }
            }
        }
        return hidden;
    }

    private static void applyLineRule(List<Line> lines, long[] counts, boolean[] hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                if (hiddenIn(line, hidden) == 1) {
                    hidden[candidate(line, counts, hidden)] = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * Hides one more position next to each of {@code failing} that can have one; if none can, one next to a
     * position that shares a line with one of them; failing that, on any line that hides something. Returns false
     * only when every line that hides a position hides all of it.
     */
    boolean hideMore(List<Integer> failing, List<Line> lines, long[] counts, boolean[] hidden) {
        boolean any = false;
        for (int position : failing) {
            any |= hideNextTo(position, lines, counts, hidden);
        }
        if (any) {
            return true;
        }
        for (int position : failing) {
            for (Line line : lines) {
                if (line.total() == position || line.members().contains(position)) {
                    for (int other : line.members()) {
                        if (hideNextTo(other, lines, counts, hidden)) {
                            return true;
                        }
                    }
                    if (hideNextTo(line.total(), lines, counts, hidden)) {
                        return true;
                    }
                }
            }
        }
        return hideOnAnyLineWithAHiddenPosition(lines, counts, hidden);
    }

    /**
     * The last resort: the smallest visible position of any line that already hides one. Hidden blocks grow until
     * they cover every line they touch; a block with nothing published around it bounds nothing.
     */
    private static boolean hideOnAnyLineWithAHiddenPosition(List<Line> lines, long[] counts, boolean[] hidden) {
        int best = -1;
        for (Line line : lines) {
            if (hiddenIn(line, hidden) > 0) {
                int candidate = candidate(line, counts, hidden);
                if (candidate >= 0 && (best < 0 || counts[candidate] < counts[best])) {
                    best = candidate;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    private static boolean hideNextTo(int position, List<Line> lines, long[] counts, boolean[] hidden) {
        int best = -1;
        for (Line line : lines) {
            if (line.total() != position && !line.members().contains(position)) {
                continue;
            }
            int candidate = candidate(line, counts, hidden);
            if (candidate >= 0 && (best < 0 || counts[candidate] < counts[best])) {
                best = candidate;
            }
        }
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    /** The smallest visible member (lowest position on ties); the total if no member is visible; -1 if none. */
    private static int candidate(Line line, long[] counts, boolean[] hidden) {
        int best = -1;
        for (int member : line.members()) {
            if (!hidden[member] && (best < 0 || counts[member] < counts[best])) {
                best = member;
            }
        }
        if (best < 0 && !hidden[line.total()]) {
            best = line.total();
        }
        return best;
    }

    private static int hiddenIn(Line line, boolean[] hidden) {
        int n = hidden[line.total()] ? 1 : 0;
        for (int member : line.members()) {
            if (hidden[member]) {
                n++;
            }
        }
        return n;
    }
}
