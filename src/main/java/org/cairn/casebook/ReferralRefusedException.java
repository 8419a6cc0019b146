package org.cairn.casebook;

/** A referral the consent check does not allow. The message is safe to show: it names no one. */
public final class ReferralRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ReferralConsentCheck.Verdict verdict;

    ReferralRefusedException(ReferralConsentCheck.Verdict verdict) {
        super(verdict == ReferralConsentCheck.Verdict.BLOCKED
                ? "This recipient is marked as linked to the client's abuser, so no referral can be made to them."
                : "There is no recorded consent in force for this referral. Record the client's consent first, "
                        + "or give your reason for going ahead without it.");
        this.verdict = verdict;
    }

    public ReferralConsentCheck.Verdict verdict() {
        return verdict;
    }
}
