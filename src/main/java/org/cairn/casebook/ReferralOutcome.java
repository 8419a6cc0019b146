package org.cairn.casebook;

/** What came of a referral. Stored by name. */
public enum ReferralOutcome {
    PENDING, ACCEPTED, DECLINED, NO_RESPONSE
}
