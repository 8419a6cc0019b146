package org.cairn.letters.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule that applied to a letter, as codes: the screens and the command line put it into words in their own
 * language (ADR 0045), so no sentence is built here.
 *
 * @param fields the placeholder names that triggered the rule, in the order the letter uses them (empty when the
 *     rule is about the template or recipient as a whole)
 * @param variant which of the rule's explanations applies ("" when it has only one), see {@link #code()}
 * @param arguments codes the words need (a recipient kind's or consent purpose's token, phrases of the template);
 *     never a case value
 * @param reasonTooShort the advocate typed a reason that is not one (no three letters), so the words say so
 * @param reason the reason the advocate gave when the outcome is CONFIRMED, else null
 */
public record Finding(CheckRule rule, Outcome outcome, List<String> fields, String variant, List<String> arguments,
        boolean reasonTooShort, String reason) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variant, "variant");
        fields = List.copyOf(fields);
        arguments = List.copyOf(arguments);
        if ((outcome == Outcome.CONFIRMED) == (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a confirmed finding, and only that, carries a reason");
        }
    }

    /** A rule with one explanation and no arguments. */
    static Finding of(CheckRule rule, Outcome outcome, List<String> fields) {
        return new Finding(rule, outcome, fields, "", List.of(), false, null);
    }

    /**
     * The explanation's code: the rule in lower case with hyphens, then the variant after a dot when there is one
     * ({@code post-not-safe.addressed}). Words are looked up by it.
     */
    public String code() {
        String base = rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return variant.isEmpty() ? base : base + "." + variant;
    }
}
