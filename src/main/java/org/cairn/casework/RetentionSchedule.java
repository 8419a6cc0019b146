package org.cairn.casework;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.ClosedCaseFacts;

/**
 * How long closed cases are kept: a default number of years after closing, and longer periods for categories.
 * A case in several categories is kept for the longest period that applies; a category never shortens the default.
 */
public record RetentionSchedule(int defaultYears, Map<RetentionCategory, Integer> categoryYears) {
    /** Six years: the limitation period for most civil claims, unless the organisation chooses otherwise. */
    public static final int STANDARD_YEARS = 6;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;

    public RetentionSchedule {
        categoryYears = categoryYears.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(categoryYears));
    }

    /** The years that apply to this case. */
    public int yearsFor(ClosedCaseFacts facts) {
        int years = defaultYears;
        for (Map.Entry<RetentionCategory, Integer> category : categoryYears.entrySet()) {
            if (category.getKey().appliesTo(facts)) {
                years = Math.max(years, category.getValue());
            }
        }
        return years;
    }

    /** The day the case's period ends (it is due for review on and after that day). */
    public LocalDate endsOn(ClosedCaseFacts facts) {
        return facts.closedOn().plusYears(yearsFor(facts));
    }

    /** The categories this case falls in, whether or not they have a period of their own. */
    public static List<RetentionCategory> categoriesOf(ClosedCaseFacts facts) {
        return java.util.Arrays.stream(RetentionCategory.values()).filter(c -> c.appliesTo(facts)).toList();
    }
}
