package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The three-way comparison of one record, over many random bases and edits on each side. */
class FieldMergeTest {
    private static final List<String> FIELDS = List.of("alias", "children_count", "due_on", "languages", "score");
    private static final List<Object> VALUES = java.util.Arrays.asList(null, "", "Amal", "Amal\u200b", "AMAL", 0L, 1L,
            2.5, "2026-05-01", "Arabic\nFrench");

    @Test
    void randomEditsMergeSymmetricallyAndOnlyFieldsChangedOnBothSidesConflict() {
        Random random = new Random(20261207L);
        for (int trial = 0; trial < 5_000; trial++) {
            Map<String, Object> base = record(random);
            Map<String, Object> ours = edited(base, random);
            Map<String, Object> theirs = edited(base, random);
            FieldMerge.Result merged = FieldMerge.merge(base, ours, theirs);
            FieldMerge.Result mirrored = FieldMerge.merge(base, theirs, ours);
            assertThat(merged.conflicts()).as("trial %d", trial).isEqualTo(mirrored.conflicts());
            for (String field : FIELDS) {
                boolean oursChanged = !RecordFields.same(base.get(field), ours.get(field));
                boolean theirsChanged = !RecordFields.same(base.get(field), theirs.get(field));
                boolean differ = !RecordFields.same(ours.get(field), theirs.get(field));
                assertThat(merged.conflicts().contains(field)).as("trial %d, %s", trial, field)
                        .isEqualTo(oursChanged && theirsChanged && differ);
                if (!merged.conflicts().contains(field)) {
                    Object expected = theirsChanged ? theirs.get(field) : ours.get(field);
                    assertThat(merged.fields().get(field)).as("trial %d, %s: the change is kept", trial, field)
                            .isEqualTo(expected).isEqualTo(mirrored.fields().get(field));
                }
            }
        }
    }

    @Test
    void withoutACommonVersionEveryDifferingFieldIsAConflict() {
        Map<String, Object> ours = new TreeMap<>(Map.of("alias", "Amal", "due_on", "2026-05-01"));
        Map<String, Object> theirs = new TreeMap<>(Map.of("alias", "Amal", "due_on", "2026-06-01"));
        assertThat(FieldMerge.merge(null, ours, theirs).conflicts()).containsExactly("due_on");
    }

    private static Map<String, Object> record(Random random) {
        Map<String, Object> record = new TreeMap<>();
        for (String field : FIELDS) {
            record.put(field, VALUES.get(random.nextInt(VALUES.size())));
        }
        return record;
    }

    private static Map<String, Object> edited(Map<String, Object> base, Random random) {
        Map<String, Object> copy = new TreeMap<>(base);
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                copy.put(field, VALUES.get(random.nextInt(VALUES.size())));
            }
        }
        return copy;
    }
}
