package org.cairn.casebook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One decision to enter in the consent ledger.
 *
 * @param organisation required for purposes that name an organisation, null otherwise
 * @param expiresOn consent is no longer in force on and after this date; null when it does not expire
 */
public record ConsentRecord(ConsentPurpose purpose, String organisation, ConsentDecision decision, LocalDate decidedOn,
        ConsentMethod method, LocalDate expiresOn) {
    public ConsentRecord {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(method, "method");
        boolean named = organisation != null && !organisation.isBlank();
        if (purpose.namesOrganisation() != named) {
            throw new IllegalArgumentException(purpose.namesOrganisation()
                    ? "this consent needs the name of the organisation"
                    : "this consent is not for a named organisation");
        }
        if (expiresOn != null && !expiresOn.isAfter(decidedOn)) {
            throw new IllegalArgumentException("a consent must expire after the day it was given");
        }
        if (expiresOn != null && decision == ConsentDecision.WITHDRAWN) {
            throw new IllegalArgumentException("a withdrawal has no expiry");
        }
    }
}
