package org.cairn.casebook;

import java.util.Optional;

/**
 * Decides whether a referral may be made, from what the casebook knows. Kept apart from storage so the rule can
 * be read and tested on its own:
 * <ol>
 * <li>a recipient marked as linked to the client's abuser is refused, whatever else is true;</li>
 * <li>recorded consent in force for this organisation allows it;</li>
 * <li>otherwise only a reason from the advocate allows it, and that reason goes into the audit trail.</li>
 * </ol>
 */
public final class ReferralConsentCheck {
    private ReferralConsentCheck() {
    }

    public enum Verdict {
        /** The recipient is linked to the abuser: never allowed. */
        BLOCKED,
        /** Recorded consent is in force. */
        CONSENTED,
        /** No consent in force, but the advocate gave a reason to go ahead. */
        OVERRIDDEN,
        /** No consent in force and no reason yet. */
        NEEDS_CONSENT_OR_REASON;

        public boolean allowed() {
            return this == CONSENTED || this == OVERRIDDEN;
        }
    }

    public static Verdict decide(boolean blocked, Optional<ConsentEntry> consentInForce, String overrideReason) {
        if (blocked) {
            return Verdict.BLOCKED;
        }
        if (consentInForce.isPresent()) {
            return Verdict.CONSENTED;
        }
        // A reason must say something an auditor can read: spaces or punctuation alone are no reason.
        return Text.meaningful(overrideReason) ? Verdict.OVERRIDDEN : Verdict.NEEDS_CONSENT_OR_REASON;
    }
}
