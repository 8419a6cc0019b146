package org.cairn.stats;

/**
 * What a table counts, for one quarter: cases, or events of a case (referrals, completed safety plans). Every
 * population is a relation of {@link PopulationSql} with a row per counted unit, the columns its dimensions read and
 * the record key of the unit's case. Consent is always decided for the case's client. Dates are bound as ISO text,
 * as the schema stores them.
 */
public enum Population {
    NEW_IN_QUARTER("cases opened during the quarter", "pop_new", Population.CASE_COLUMNS, "case_file c",
            "c.opened_on >= ? AND c.opened_on <= ?"),
    OPEN_IN_QUARTER("cases open at any point during the quarter", "pop_open", Population.CASE_COLUMNS,
            "case_file c", "c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)"),
    REFERRALS_IN_QUARTER("referrals made during the quarter (a case may have several)", "pop_referral",
            "r.recipient_kind, r.outcome", "referral r JOIN case_file c ON c.id = r.case_id",
            "r.made_on >= ? AND r.made_on <= ?"),
    SAFETY_PLANS_COMPLETED_IN_QUARTER("safety plans completed during the quarter (a case may have several)",
            "pop_plan", "f.id AS form_id", "case_form f JOIN case_file c ON c.id = f.case_id",
            "f.kind = 'safety-plan' AND f.completed_on >= ? AND f.completed_on <= ?");

    /**
     * A case is counted only by its owner (ADR 0043): a copy shared by another casebook, or a case sent away as a
     * move, carries the setting {@code counted-elsewhere.<case uid>} and is left out here.
     */
    static final String COUNTED_HERE = "NOT EXISTS (SELECT 1 FROM casebook_setting elsewhere "
            + "WHERE elsewhere.key = 'counted-elsewhere.' || c.uid)";

    private static final String CASE_COLUMNS = "c.immigration, c.nrpf, c.risk_level, c.feared_reporting, "
            + "c.reported_to_police, c.police_shared, c.third_party_reporting, c.gp_refused, c.nhs_charged";

    private final String description;
    private final String relation;
    private final String columns;
    private final String from;
    private final String condition;

    Population(String description, String relation, String columns, String from, String condition) {
        this.description = description;
        this.relation = relation;
        this.columns = columns;
        this.from = from;
        this.condition = condition;
    }

    public String description() {
        return description;
    }

    /** The name of its relation in {@link PopulationSql}. */
    String relation() {
        return relation;
    }

    /**
     * The relation's SELECT, without the consent condition. An event counts with its case's record key: the same
     * events always give the same cell key, and one event more moves it by its case's key.
     */
    String select() {
        return "SELECT c.id, " + columns + ", k.record_key FROM " + from
                + " JOIN stats_record_key k ON k.case_id = c.id WHERE " + condition + " AND " + COUNTED_HERE;
    }

    /**
     * The relation's rows for every quarter at once, for {@link QuarterlyCounter}: {@link #select()}'s columns plus
     * the client ({@code client_id}) and the unit's dates ({@code d1}, {@code d2}) that {@link #inQuarter} reads.
     */
    String selectAllQuarters() {
        String always = (this == SAFETY_PLANS_COMPLETED_IN_QUARTER
                ? " WHERE f.kind = 'safety-plan' AND f.completed_on IS NOT NULL AND " : " WHERE ") + COUNTED_HERE;
        return "SELECT c.id, c.client_id AS client_id, " + columns + ", k.record_key, " + dates() + " FROM " + from
                + " JOIN stats_record_key k ON k.case_id = c.id" + always;
    }

    private String dates() {
        return switch (this) {
            case NEW_IN_QUARTER -> "c.opened_on AS d1, NULL AS d2";
            case OPEN_IN_QUARTER -> "c.opened_on AS d1, c.closed_on AS d2";
            case REFERRALS_IN_QUARTER -> "r.made_on AS d1, NULL AS d2";
            case SAFETY_PLANS_COMPLETED_IN_QUARTER -> "f.completed_on AS d1, NULL AS d2";
        };
    }

    /**
     * The condition of {@link #select()} in Java, on {@link #selectAllQuarters()}'s dates as {@link #day} numbers
     * ({@code yyyymmdd}, which order as the ISO text does).
     */
    boolean inQuarter(int d1, int d2, int first, int last) {
        if (d1 == NO_DAY) {
            return false;
        }
        return this == OPEN_IN_QUARTER
                ? d1 <= last && (d2 == NO_DAY || d2 >= first)
                : d1 >= first && d1 <= last;
    }

    static final int NO_DAY = -1;

    /** An ISO date as {@code yyyymmdd}, or {@link #NO_DAY} for none. */
    static int day(String iso) {
        if (iso == null) {
            return NO_DAY;
        }
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            throw new IllegalStateException("the casebook holds a date the counts cannot read; run cairn check");
        }
        return Integer.parseInt(iso, 0, 4, 10) * 10_000 + Integer.parseInt(iso, 5, 7, 10) * 100
                + Integer.parseInt(iso, 8, 10, 10);
    }

    static int day(java.time.LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    Object[] parameters(Quarter quarter) {
        String first = quarter.firstDay().toString();
        String last = quarter.lastDay().toString();
        return this == OPEN_IN_QUARTER ? new Object[] {last, first} : new Object[] {first, last};
    }
}
