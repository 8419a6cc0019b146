package org.cairn.casebook;

import java.time.LocalDate;

/** Immigration facts beyond the broad category; each value is null when not recorded. */
public record ImmigrationDetails(LocalDate visaExpiry, String homeOfficeReference) {
    public ImmigrationDetails {
        homeOfficeReference = Text.blankToNull(homeOfficeReference);
    }

    public static ImmigrationDetails none() {
        return new ImmigrationDetails(null, null);
    }
}
