package org.cairn.templates;

import org.cairn.casebook.RiskLevel;

/**
 * A total of {@code minimum} or more suggests {@code level}; with {@code suggestMarac} it also proposes a MARAC
 * referral. The advocate decides: professional judgement can always raise the level.
 */
public record Threshold(int minimum, RiskLevel level, boolean suggestMarac, String guidance) {
    public Threshold {
        java.util.Objects.requireNonNull(level, "level");
        SingleLine.require(guidance, "threshold guidance");
    }
}
