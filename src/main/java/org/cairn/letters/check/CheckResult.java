package org.cairn.letters.check;

import java.util.List;

/** Every finding of one check, in rule order. The letter may go when no finding stops it. */
public record CheckResult(List<Finding> findings) {
    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean allowed() {
        return findings.stream().noneMatch(f -> f.outcome().stops());
    }

    /** The findings that stop the letter (what the CLI lists when it exits 6). */
    public List<Finding> stopping() {
        return findings.stream().filter(f -> f.outcome().stops()).toList();
    }

    /** The findings the advocate overrode with a reason; each is audited when the letter goes. */
    public List<Finding> confirmed() {
        return findings.stream().filter(f -> f.outcome() == Outcome.CONFIRMED).toList();
    }

    public List<Finding> of(CheckRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }
}
