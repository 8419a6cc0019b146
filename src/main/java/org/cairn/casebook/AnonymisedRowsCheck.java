package org.cairn.casebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.vault.Transactions;

/**
 * Only an anonymisation takes a row's exact time and actor (ADR 0058): a row without them must have been emptied
 * by a {@code CASE_ANONYMISED} row, or by an {@code ERASURE_REAPPLIED} row that the casebook's journal says applied
 * an anonymisation again, and an anonymisation takes them from every row it empties. So no row emptied by an
 * ordinary erasure (whose content went, but whose who and when stay) can lose them quietly.
 */
final class AnonymisedRowsCheck {
    private AnonymisedRowsCheck() {
    }

    /**
     * The first row that lost its time and actor outside an anonymisation, if any.
     *
     * @param coarsenedBy each row without its who-salt, with the erasure row that emptied it
     * @param erasureActions each erasure row, with its action
     * @param emptied how many rows each erasure row emptied
     */
    static Optional<Long> firstNotAnonymised(Transactions vault, Map<Long, Long> coarsenedBy,
            Map<Long, String> erasureActions, Map<Long, Long> emptied) {
        if (coarsenedBy.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> reappliedAnonymisations = new HashSet<>(vault.read(reader -> reader.query(
                "SELECT audit_id FROM erasure_journal WHERE scope = ? AND reapplied = 1",
                row -> row.getLong(1), ErasureScope.ANONYMISED.name())));
        Map<Long, Long> coarsened = new HashMap<>();
        coarsenedBy.values().forEach(by -> coarsened.merge(by, 1L, Long::sum));
        for (Map.Entry<Long, Long> row : coarsenedBy.entrySet()) {
            Long by = row.getValue();
            String action = by == null ? null : erasureActions.get(by);
            boolean anonymisation = AuditAction.CASE_ANONYMISED.name().equals(action)
                    || (AuditAction.ERASURE_REAPPLIED.name().equals(action) && reappliedAnonymisations.contains(by));
            if (!anonymisation || !coarsened.get(by).equals(emptied.get(by))) {
                return Optional.of(row.getKey());
            }
        }
        return Optional.empty();
    }
}
