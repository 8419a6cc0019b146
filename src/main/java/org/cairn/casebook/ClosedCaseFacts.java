package org.cairn.casebook;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the retention schedule needs to know about a closed case: when it closed, which categories it falls in,
 * any hold, and the latest review decision.
 *
 * @param children her record says she has children
 * @param marac the case was referred to a MARAC
 * @param immigration the case records an immigration category
 */
public record ClosedCaseFacts(long caseId, String reference, LocalDate closedOn, boolean children, boolean marac,
        boolean immigration, Optional<LegalHold> hold, Optional<RetentionDecision> latestDecision) {
}
