package org.cairn.casework;

import java.time.LocalDate;

/**
 * A case under a legal hold, as the review queue lists it: its clock is stopped until the hold is lifted.
 *
 * @param closedOn when the case closed, or null while it is open
 * @param reviewOn when the hold is to be looked at again
 */
public record HeldCase(long caseId, String reference, LocalDate closedOn, LocalDate reviewOn, String reason,
        String placedBy) {
}
