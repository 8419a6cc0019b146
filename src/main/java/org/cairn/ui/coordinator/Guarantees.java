package org.cairn.ui.coordinator;

import java.util.List;
import org.cairn.ui.common.Messages;

/**
 * What the published counts are protected against, row by row as in the table "What each guarantee covers" of
 * docs/DISCLOSURE.md. The screen shows the same words as the method's description, so that a coordinator reads
 * what the documentation promises and nothing more; a test compares the two.
 */
final class Guarantees {
    private static final List<List<String>> KEYS = List.of(
            List.of("coordinator.guarantee.1.attack", "coordinator.guarantee.1.holds", "coordinator.guarantee.1.left"),
            List.of("coordinator.guarantee.2.attack", "coordinator.guarantee.2.holds", "coordinator.guarantee.2.left"),
            List.of("coordinator.guarantee.3.attack", "coordinator.guarantee.3.holds", "coordinator.guarantee.3.left"),
            List.of("coordinator.guarantee.4.attack", "coordinator.guarantee.4.holds", "coordinator.guarantee.4.left"),
            List.of("coordinator.guarantee.5.attack", "coordinator.guarantee.5.holds", "coordinator.guarantee.5.left"));

    private Guarantees() {
    }

    /** One row of the table: the attack, what holds against it, and what it cannot do. */
    record Row(String attack, String holds, String left) {
    }

    static List<Row> rows(Messages messages) {
        return KEYS.stream().map(keys -> new Row(messages.get(keys.get(0)), messages.get(keys.get(1)),
                messages.get(keys.get(2)))).toList();
    }
}
