package org.cairn.stats;

/**
 * A quarter whose hidden counts the interval audit could not protect however many cells were hidden (ADR 0034);
 * nothing was written. The message names the tables and categories, never a count.
 */
public final class DisclosureRefusedException extends CountsRefusedException {
    private static final long serialVersionUID = 1L;

    DisclosureRefusedException(Quarter quarter, String message) {
        super(CountsProblem.DISCLOSURE_REFUSED, message, quarter.toString());
    }
}
