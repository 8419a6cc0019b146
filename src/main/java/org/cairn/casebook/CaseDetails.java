package org.cairn.casebook;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything recorded about a case. Optional values are null when not recorded.
 *
 * @param closedOn null while the case is open
 * @param riskAssessedOn date of the risk level, or null when never assessed
 * @param immigration coarse category, or null when not recorded
 */
public record CaseDetails(LocalDate openedOn, LocalDate closedOn, CaseStatus status, String advocate,
        Set<AbuseType> abuseTypes, RiskLevel risk, LocalDate riskAssessedOn, ImmigrationCategory immigration,
        YesNoUnknown nrpf, EvidenceGaps evidenceGaps) {
    public CaseDetails {
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(advocate, "advocate");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(nrpf, "nrpf");
        Objects.requireNonNull(evidenceGaps, "evidenceGaps");
        abuseTypes = abuseTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(abuseTypes));
        if ((status == CaseStatus.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a closed case needs a closing date, an open one must not have one");
        }
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("a case cannot close before it opened");
        }
    }

    /** A newly opened case with nothing assessed yet. */
    public static CaseDetails opened(LocalDate openedOn, String advocate) {
        return new CaseDetails(openedOn, null, CaseStatus.OPEN, advocate, Set.of(), RiskLevel.STANDARD, null, null,
                YesNoUnknown.UNKNOWN, EvidenceGaps.unknown());
    }

    public CaseDetails closed(LocalDate on) {
        return new CaseDetails(openedOn, on, CaseStatus.CLOSED, advocate, abuseTypes, risk, riskAssessedOn,
                immigration, nrpf, evidenceGaps);
    }
}
