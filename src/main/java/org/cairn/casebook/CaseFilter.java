package org.cairn.casebook;

import java.time.LocalDate;

/**
 * Which cases a search keeps, applied in the same SQL query as the text match so that no matching case is
 * lost behind a display limit. A null part keeps every case.
 *
 * @param status only cases with this status
 * @param risk only cases at this risk level
 * @param dueBy only cases with a task not yet done that is due on or before this day
 * @param advocate only cases assigned to this advocate, compared ignoring case and outer spaces (names are typed)
 */
public record CaseFilter(CaseStatus status, RiskLevel risk, LocalDate dueBy, String advocate) {
    public static final CaseFilter NONE = new CaseFilter(null, null, null, null);
}
