package org.cairn.stats;

import java.time.Instant;

/**
 * A bundle held by the coordinator's casebook, for the coverage view. Ids are shown shortened: they name a laptop
 * and an export, never a person, and are never published.
 */
public record ImportedBundle(String laptop, String bundle, CountingRule rule, QuarterRange range, Instant createdAt,
        Instant importedAt) {
}
