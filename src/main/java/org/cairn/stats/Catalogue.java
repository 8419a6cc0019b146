package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed list of indicator tables. Fixed, because letting a coordinator build arbitrary cross-tabulations
 * would let two slightly different tables be subtracted to isolate a person.
 */
public final class Catalogue {
    private final List<TableSpec> tables;
    private final List<UnavailableTable> unavailable;

    public Catalogue(List<TableSpec> tables, List<UnavailableTable> unavailable) {
        this.tables = List.copyOf(tables);
        this.unavailable = List.copyOf(unavailable);
    }

    public static Catalogue standard() {
        Population open = Population.OPEN_IN_QUARTER;
        Dimension immigration = Dimension.immigrationCategory();
        List<TableSpec> tables = new ArrayList<>(List.of(
                new TableSpec("new_cases", "New cases", Population.NEW_IN_QUARTER, null, null),
                new TableSpec("open_cases", "Open cases", open, null, null),
                new TableSpec("cases_by_abuse_type", "Open cases by type of abuse (a case may have several)", open,
                        Dimension.abuseType(), null),
                new TableSpec("cases_by_immigration_category", "Open cases by immigration category", open,
                        immigration, null),
                new TableSpec("cases_by_nrpf", "Open cases by no recourse to public funds", open, Dimension.nrpf(),
                        null),
                new TableSpec("cases_by_risk_level", "Open cases by risk level", open, Dimension.riskLevel(), null)));
        for (EvidenceGap gap : EvidenceGap.values()) {
            tables.add(new TableSpec(gap.tableId(), gap.title() + ", by immigration category", open,
                    Dimension.answer(gap.code(), gap.column()), immigration));
        }
        return new Catalogue(tables, List.of(
                new UnavailableTable("referrals_by_kind_and_outcome", "Referrals by kind and outcome",
                        "the casebook does not record referrals yet"),
                new UnavailableTable("safety_plans_completed", "Safety plans completed",
                        "the casebook does not record safety plans yet")));
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public List<UnavailableTable> unavailable() {
        return unavailable;
    }
}
