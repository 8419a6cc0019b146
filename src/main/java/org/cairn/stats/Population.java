package org.cairn.stats;

/** Which cases a table is about, for one quarter. Dates are bound as ISO text, as the schema stores them. */
public enum Population {
    NEW_IN_QUARTER("cases opened during the quarter", "c.opened_on >= ? AND c.opened_on <= ?"),
    OPEN_IN_QUARTER("cases open at any point during the quarter",
            "c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)");

    private final String description;
    private final String condition;

    Population(String description, String condition) {
        this.description = description;
        this.condition = condition;
    }

    public String description() {
        return description;
    }

    /** The name of its relation in {@link PopulationSql}. */
    String relation() {
        return this == NEW_IN_QUARTER ? "pop_new" : "pop_open";
    }

    String condition() {
        return condition;
    }

    Object[] parameters(Quarter quarter) {
        String first = quarter.firstDay().toString();
        String last = quarter.lastDay().toString();
        return this == NEW_IN_QUARTER ? new Object[] {first, last} : new Object[] {last, first};
    }
}
