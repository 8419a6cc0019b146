package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.YesNoUnknown;

/**
 * One way of splitting cases into categories, as SQL over the population {@code pop}. Categories are fixed
 * in advance, so a table always has the same cells and an empty category is a cell, not a missing row.
 *
 * @param code the name in outputs
 * @param expression SQL giving the stored value of a case (for a multi-valued dimension, of one joined row)
 * @param join extra FROM clause for a multi-valued dimension (a case may fall in several categories), or null
 * @param values the stored values, in output order
 */
public record Dimension(String code, String expression, String join, List<String> values) {
    static final String NOT_RECORDED = "NOT_RECORDED";

    public Dimension {
        Objects.requireNonNull(code);
        Objects.requireNonNull(expression);
        values = List.copyOf(values);
    }

    public boolean multiValued() {
        return join != null;
    }

    /** The category as written in outputs: lower case, never free text. */
    public String categoryCode(int index) {
        return values.get(index).toLowerCase(Locale.ROOT);
    }

    public int indexOf(String storedValue) {
        int index = values.indexOf(storedValue);
        if (index < 0) {
            // Never drop a case silently: an unexpected value means the catalogue is out of date.
            throw new IllegalStateException("the casebook holds a value the counts do not know for " + code);
        }
        return index;
    }

    public static Dimension answer(String code, String column) {
        return new Dimension(code, "pop." + column, null, names(YesNoUnknown.values(), false));
    }

    public static Dimension immigrationCategory() {
        return new Dimension("immigration_category", "coalesce(pop.immigration, '" + NOT_RECORDED + "')", null,
                names(ImmigrationCategory.values(), true));
    }

    public static Dimension nrpf() {
        return answer("nrpf", "nrpf");
    }

    public static Dimension riskLevel() {
        return new Dimension("risk_level", "pop.risk_level", null, names(RiskLevel.values(), false));
    }

    /** Who a referral went to: the kind of the recipient, as stored with the referral. */
    public static Dimension referralKind() {
        return new Dimension("referral_kind", "pop.recipient_kind", null, names(RecipientKind.values(), false));
    }

    /** What came of a referral, as recorded now (a pending referral may still change). */
    public static Dimension referralOutcome() {
        return new Dimension("referral_outcome", "pop.outcome", null, names(ReferralOutcome.values(), false));
    }

    public static Dimension abuseType() {
        return new Dimension("abuse_type", "coalesce(a.abuse_type, 'NONE_RECORDED')",
                "LEFT JOIN case_abuse a ON a.case_id = pop.id", withExtra(names(AbuseType.values(), false),
                        "NONE_RECORDED"));
    }

    private static List<String> names(Enum<?>[] constants, boolean notRecorded) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        return notRecorded ? withExtra(names, NOT_RECORDED) : names;
    }

    private static List<String> withExtra(List<String> names, String extra) {
        List<String> all = new ArrayList<>(names);
        all.add(extra);
        return all;
    }
}
