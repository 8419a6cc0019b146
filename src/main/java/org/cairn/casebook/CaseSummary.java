package org.cairn.casebook;

import java.time.LocalDate;

/**
 * One line of a search result.
 *
 * @param nextFollowUp earliest due date of a task not yet done, or null when there is none
 * @param advocate who the case is assigned to, for the "assigned to me" filter
 */
public record CaseSummary(long caseId, CaseReference reference, String alias, CaseStatus status, RiskLevel risk,
        LocalDate nextFollowUp, String advocate) {
}
