package org.cairn.stats;

import java.util.Locale;

/** Which cases are counted. The rule used is stated on every output. */
public enum CountingRule {
    /** The default: consent is the client's to give, and counting is a use of her data. */
    CONSENTED("only cases whose client's consent to be counted in anonymised statistics was in force "
            + "(recorded, not expired, not withdrawn) on the last day of the quarter"),
    ALL_CASES("all cases, whether or not the client consented to be counted in anonymised statistics");

    private final String description;

    CountingRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The name used on the command line and in outputs: {@code consented} or {@code all-cases}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CountingRule fromCode(String code) {
        for (CountingRule rule : values()) {
            if (rule.code().equals(code)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown counting rule '" + code + "'; use consented or all-cases");
    }
}
