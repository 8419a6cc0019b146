package org.cairn.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The WITH clause that defines, for one quarter and one rule, a relation per population ({@code pop_new},
 * {@code pop_open}, {@code pop_referral}, {@code pop_plan}) of the counted units, each with its record key.
 * Consent is decided once for all populations
 * and exactly as {@code ConsentRepository.isInForce} decides it: the client's latest decision made on or before
 * the quarter's last day (latest by date, then by entry) is a GIVEN that has not expired by then.
 */
record PopulationSql(String with, List<Object> parameters) {
    private static final String CONSENTED = """
            consented AS MATERIALIZED (
                SELECT c.client_id FROM consent c
                WHERE c.purpose = 'COUNT_IN_STATISTICS' AND c.decided_on <= ? AND c.decision = 'GIVEN'
                    AND (c.expires_on IS NULL OR c.expires_on > ?)
                    AND NOT EXISTS (SELECT 1 FROM consent d WHERE d.client_id = c.client_id
                        AND d.purpose = 'COUNT_IN_STATISTICS' AND d.decided_on <= ?
                        AND (d.decided_on > c.decided_on OR (d.decided_on = c.decided_on AND d.id > c.id))))""";

    static PopulationSql of(List<Population> populations, CountingRule rule, Quarter quarter) {
        List<Object> parameters = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean consent = rule == CountingRule.CONSENTED;
        if (consent) {
            String end = quarter.lastDay().toString();
            parts.add(CONSENTED);
            parameters.addAll(List.of(end, end, end));
        }
        for (Population population : populations) {
            // Materialised: one scan of the casebook serves every table of the population (see TableCounter).
            parts.add(population.relation() + " AS MATERIALIZED (" + population.select()
                    + (consent ? " AND c.client_id IN (SELECT client_id FROM consented)" : "") + ")");
            parameters.addAll(Arrays.asList(population.parameters(quarter)));
        }
        return new PopulationSql("WITH " + String.join(",\n", parts) + "\n", List.copyOf(parameters));
    }

    Object[] parametersArray() {
        return parameters.toArray();
    }
}
