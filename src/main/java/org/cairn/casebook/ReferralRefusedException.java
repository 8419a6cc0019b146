package org.cairn.casebook;

/**
 * A referral the consent check does not allow. The message is the verdict's code alone: the use-case layer turns
 * it into a problem code, and the screens put it into words.
 */
public final class ReferralRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ReferralConsentCheck.Verdict verdict;

    ReferralRefusedException(ReferralConsentCheck.Verdict verdict) {
        super(verdict.name());
        this.verdict = verdict;
    }

    public ReferralConsentCheck.Verdict verdict() {
        return verdict;
    }
}
