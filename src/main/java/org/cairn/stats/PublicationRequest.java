package org.cairn.stats;

import java.util.List;
import java.util.Objects;

/**
 * What the coordinator asks for.
 *
 * @param revisionReason null for an ordinary export (published quarters come back exactly as frozen); a reason
 *     to publish a new revision of every quarter in the range, which is warned about and audited
 * @param tables the ids of the tables to export, or null for every table of the catalogue. Protection and freezing
 *     still cover every table of each quarter (ADR 0005), so tables exported later agree with these
 */
public record PublicationRequest(QuarterRange range, DisclosureSettings settings, CountingRule rule,
        String revisionReason, List<String> tables) {
    public PublicationRequest {
        Objects.requireNonNull(range);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(rule);
        if (revisionReason != null && revisionReason.isBlank()) {
            throw new IllegalArgumentException("a revision needs a reason, which is kept in the audit trail");
        }
        if (tables != null && tables.isEmpty()) {
            throw new IllegalArgumentException("choose at least one table to export");
        }
        tables = tables == null ? null : List.copyOf(tables);
    }

    /** Every table of the catalogue. */
    public PublicationRequest(QuarterRange range, DisclosureSettings settings, CountingRule rule,
            String revisionReason) {
        this(range, settings, rule, revisionReason, null);
    }

    public static PublicationRequest of(QuarterRange range) {
        return new PublicationRequest(range, DisclosureSettings.defaults(), CountingRule.CONSENTED, null);
    }

    /** The same request for only these tables (ids from the catalogue). */
    public PublicationRequest withTables(List<String> ids) {
        return new PublicationRequest(range, settings, rule, revisionReason, ids);
    }

    public boolean isRevision() {
        return revisionReason != null;
    }

    /** Whether a table is to be exported. */
    public boolean includes(TableSpec spec) {
        return tables == null || tables.contains(spec.id());
    }
}
