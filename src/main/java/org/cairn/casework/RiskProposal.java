package org.cairn.casework;

import org.cairn.casebook.RiskLevel;

/**
 * What a checklist's score proposes: raising the case's risk level from {@code current} to {@code raiseTo}
 * (null when the level is already high enough), a MARAC referral, or both. The advocate accepts or declines.
 */
public record RiskProposal(int total, RiskLevel current, RiskLevel raiseTo, boolean marac, String guidance) {
    public boolean raises() {
        return raiseTo != null;
    }
}
