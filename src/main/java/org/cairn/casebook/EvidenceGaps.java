package org.cairn.casebook;

import java.util.Objects;

/** The facts nobody else collects (docs/DISCLOSURE.md). */
public record EvidenceGaps(YesNoUnknown fearedReportingBecauseOfDataSharing, YesNoUnknown reportedToPolice,
        YesNoUnknown policeSharedWithImmigration, YesNoUnknown thirdPartyReportingUsed,
        YesNoUnknown gpRegistrationRefused, YesNoUnknown nhsChargedForExemptTreatment) {
    public EvidenceGaps {
        Objects.requireNonNull(fearedReportingBecauseOfDataSharing);
        Objects.requireNonNull(reportedToPolice);
        Objects.requireNonNull(policeSharedWithImmigration);
        Objects.requireNonNull(thirdPartyReportingUsed);
        Objects.requireNonNull(gpRegistrationRefused);
        Objects.requireNonNull(nhsChargedForExemptTreatment);
    }

    public static EvidenceGaps unknown() {
        YesNoUnknown u = YesNoUnknown.UNKNOWN;
        return new EvidenceGaps(u, u, u, u, u, u);
    }
}
