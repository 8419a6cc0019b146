package org.cairn.casebook;

import java.util.List;

/**
 * The first cases of a search and how many cases match in all.
 *
 * @param shown at most the asked-for number of cases, best first
 * @param total every case that matches the words and the filter
 */
public record CaseMatches(List<CaseSummary> shown, int total) {
    public CaseMatches {
        shown = List.copyOf(shown);
    }

    /** True when some matching cases are not in {@link #shown()}. */
    public boolean cut() {
        return total > shown.size();
    }
}
