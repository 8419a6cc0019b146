package org.cairn.stats;

import java.util.List;
import java.util.TreeSet;

/**
 * The attacker of the brief, written independently of the production code: treat every published number as
 * exact, and whenever a row, column or margin has exactly one unknown, solve it and treat it as known; repeat
 * until nothing changes. Returns the hidden positions it recovered.
 */
final class MarginAttack {
    private MarginAttack() {
    }

    static TreeSet<Integer> recovered(List<Line> lines, boolean[] hidden) {
        boolean[] unknown = hidden.clone();
        TreeSet<Integer> solved = new TreeSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Line line : lines) {
                int lastUnknown = -1;
                int unknowns = 0;
                for (int p : line.members()) {
                    if (unknown[p]) {
                        unknowns++;
                        lastUnknown = p;
                    }
                }
                if (unknown[line.total()]) {
                    unknowns++;
                    lastUnknown = line.total();
                }
                if (unknowns == 1) {
                    unknown[lastUnknown] = false;
                    solved.add(lastUnknown);
                    progress = true;
                }
            }
        }
        return solved;
    }
}
