package org.cairn.stats;

import java.util.Objects;

/**
 * What the coordinator asks for.
 *
 * @param revisionReason null for an ordinary export (published quarters come back exactly as frozen); a reason
 *     to publish a new revision of every quarter in the range, which is warned about and audited
 */
public record PublicationRequest(QuarterRange range, DisclosureSettings settings, CountingRule rule,
        String revisionReason) {
    public PublicationRequest {
        Objects.requireNonNull(range);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(rule);
        if (revisionReason != null && revisionReason.isBlank()) {
            throw new IllegalArgumentException("a revision needs a reason, which is kept in the audit trail");
        }
    }

    public static PublicationRequest of(QuarterRange range) {
        return new PublicationRequest(range, DisclosureSettings.defaults(), CountingRule.CONSENTED, null);
    }

    public boolean isRevision() {
        return revisionReason != null;
    }
}
