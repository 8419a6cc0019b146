package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed list of indicator tables. Fixed, because letting a coordinator build arbitrary cross-tabulations
 * would let two slightly different tables be subtracted to isolate a person.
 */
public final class Catalogue {
    private final List<TableSpec> tables;

    public Catalogue(List<TableSpec> tables) {
        this.tables = List.copyOf(tables);
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
        tables.add(new TableSpec("referrals_by_kind_and_outcome", "Referrals made, by kind of recipient and outcome",
                Population.REFERRALS_IN_QUARTER, Dimension.referralKind(), Dimension.referralOutcome()));
        tables.add(new TableSpec("safety_plans_completed", "Safety plans completed",
                Population.SAFETY_PLANS_COMPLETED_IN_QUARTER, null, null));
        return new Catalogue(tables);
    }

    public List<TableSpec> tables() {
        return tables;
    }

    /** The table with this id, or a plain message listing the ids there are. */
    public TableSpec table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("there is no table '" + id + "'; the tables are: "
                        + String.join(", ", tables.stream().map(TableSpec::id).toList())));
    }
}
