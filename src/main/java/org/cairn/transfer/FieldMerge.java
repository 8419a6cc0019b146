package org.cairn.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three-way comparison of one record changed on both sides. A field changed on one side only since the last
 * common version takes that side's value; changed on both to the same value, agrees; changed on both to different
 * values, is a conflict for a person to decide. Without a known common version every differing field is a
 * conflict: nothing is guessed.
 */
final class FieldMerge {
    /** The agreed fields (a conflict holds ours until resolved), and the conflicting field names, sorted. */
    record Result(Map<String, Object> fields, List<String> conflicts) {
    }

    private FieldMerge() {
    }

    static Result merge(Map<String, Object> base, Map<String, Object> ours, Map<String, Object> theirs) {
        Map<String, Object> fields = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(ours.keySet());
        names.addAll(theirs.keySet());
        for (String name : names) {
            Object mine = ours.get(name);
            Object other = theirs.get(name);
            boolean known = base != null && base.containsKey(name);
            if (RecordFields.same(mine, other)) {
                fields.put(name, mine);
            } else if (known && RecordFields.same(base.get(name), mine)) {
                fields.put(name, other);
            } else if (known && RecordFields.same(base.get(name), other)) {
                fields.put(name, mine);
            } else {
                fields.put(name, mine);
                conflicts.add(name);
            }
        }
        return new Result(fields, conflicts);
    }
}
