package org.cairn.casebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything recorded about a client. Optional values are null when not recorded.
 *
 * @param alias the name shown by default, chosen with the client
 * @param legalNames full legal names, or null
 * @param dateOfBirth or null
 * @param languages languages in the client's order of preference
 * @param children or null when not recorded
 */
public record ClientDetails(String alias, String legalNames, LocalDate dateOfBirth, List<String> languages,
        boolean interpreterNeeded, ContactSafety contactSafety, Children children) {
    public ClientDetails {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("a client needs a display alias");
        }
        languages = List.copyOf(languages);
        Objects.requireNonNull(contactSafety, "contactSafety");
    }

    /** The minimum: an alias, nothing else known. */
    public static ClientDetails withAlias(String alias) {
        return new ClientDetails(alias, null, null, List.of(), false, ContactSafety.unknown(), null);
    }
}
