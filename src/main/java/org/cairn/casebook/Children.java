package org.cairn.casebook;

import java.util.List;

/**
 * The client's children, when she has told us.
 *
 * @param ages ages in years; may be shorter than {@code count} when not all are known
 */
public record Children(int count, List<Integer> ages) {
    public Children {
        if (count < 0) {
            throw new IllegalArgumentException("children count cannot be negative");
        }
        ages = List.copyOf(ages);
        if (ages.size() > count) {
            throw new IllegalArgumentException("more ages than children");
        }
        for (int age : ages) {
            if (age < 0 || age > 30) {
                throw new IllegalArgumentException("a child's age must be between 0 and 30");
            }
        }
    }
}
