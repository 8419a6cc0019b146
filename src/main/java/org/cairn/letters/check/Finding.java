package org.cairn.letters.check;

import java.util.List;
import java.util.Objects;

/**
 * One rule that applied to a letter.
 *
 * @param fields the placeholder names that triggered the rule, in the order the letter uses them (empty when the
 *     rule is about the template or recipient as a whole)
 * @param explanation a plain sentence for the advocate; never contains a case value
 * @param reason the reason the advocate gave when the outcome is CONFIRMED, else null
 */
public record Finding(CheckRule rule, Outcome outcome, List<String> fields, String explanation, String reason) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        fields = List.copyOf(fields);
        if ((outcome == Outcome.CONFIRMED) == (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a confirmed finding, and only that, carries a reason");
        }
    }
}
