package org.cairn.stats;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the finest period Cairn publishes. Written {@code 2026Q1}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("the year of a quarter must have four digits");
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4");
        }
    }

    /** Parses {@code 2026Q1} (a lower-case q is accepted). */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter; write it like 2026Q1");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** Whether the quarter is over on {@code today}: its last day has passed. */
    public boolean hasEndedBy(LocalDate today) {
        return today.isAfter(lastDay());
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
