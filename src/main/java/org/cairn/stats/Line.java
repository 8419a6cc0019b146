package org.cairn.stats;

import java.util.List;

/** A published equation: the members (positions in a {@link Layout}) add up to the total position. */
public record Line(int total, List<Integer> members) {
    public Line {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two members");
        }
    }
}
