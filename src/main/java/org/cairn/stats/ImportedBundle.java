package org.cairn.stats;

import java.time.Instant;

/**
 * A bundle held by the coordinator's casebook, for the coverage view. Ids are shown shortened: they name a laptop,
 * a casebook and an export, never a person, and are never published. {@code casebook} is empty for a bundle made
 * by an older Cairn, which does not name its casebook.
 */
public record ImportedBundle(String laptop, String bundle, CountingRule rule, QuarterRange range, Instant createdAt,
        Instant importedAt, String casebook) {
}
