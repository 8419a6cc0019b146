package org.cairn.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL that defines {@code pop}, the cases counted for one quarter under one rule, each with its record key.
 * Consent is decided as {@code ConsentRepository.isInForce} decides it: the latest decision made on or before
 * the quarter's last day is a GIVEN that has not expired by then.
 */
record PopulationSql(String with, List<Object> parameters) {
    private static final String CONSENTED = """
            consented AS (
                SELECT client_id FROM (
                    SELECT client_id, decision, expires_on,
                        row_number() OVER (PARTITION BY client_id ORDER BY decided_on DESC, id DESC) AS latest
                    FROM consent WHERE purpose = 'COUNT_IN_STATISTICS' AND decided_on <= ?)
                WHERE latest = 1 AND decision = 'GIVEN' AND (expires_on IS NULL OR expires_on > ?))""";

    static PopulationSql of(Population population, CountingRule rule, Quarter quarter) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder with = new StringBuilder("WITH ");
        boolean consent = rule == CountingRule.CONSENTED;
        if (consent) {
            String end = quarter.lastDay().toString();
            with.append(CONSENTED).append(",\n");
            parameters.add(end);
            parameters.add(end);
        }
        // Materialised: one scan serves every table of the quarter (see TableCounter).
        with.append("pop AS MATERIALIZED (SELECT c.id, c.immigration, c.nrpf, c.risk_level, c.feared_reporting, ")
                .append("c.reported_to_police, c.police_shared, c.third_party_reporting, c.gp_refused, ")
                .append("c.nhs_charged, k.record_key FROM case_file c ")
                .append("JOIN stats_record_key k ON k.case_id = c.id WHERE ").append(population.condition());
        if (consent) {
            with.append(" AND c.client_id IN (SELECT client_id FROM consented)");
        }
        with.append(")\n");
        parameters.addAll(Arrays.asList(population.parameters(quarter)));
        return new PopulationSql(with.toString(), List.copyOf(parameters));
    }

    Object[] parametersArray() {
        return parameters.toArray();
    }
}
