package org.cairn.casework;

import java.util.Locale;
import java.util.function.Predicate;
import org.cairn.casebook.ClosedCaseFacts;

/**
 * Kinds of case an organisation may keep longer than its default period, each read from what the case file already
 * records (ADR 0040): nothing to tick by hand, so no case falls out of a category because someone forgot.
 * Ongoing proceedings are not recorded anywhere in a case, so they are a legal hold, not a category.
 */
public enum RetentionCategory {
    /** Her record says she has children: their records may be needed until they are adults. */
    CHILDREN(ClosedCaseFacts::children),
    /** The case was referred to a MARAC: a multi-agency review may ask for it years later. */
    MARAC(ClosedCaseFacts::marac),
    /** The case records an immigration category: applications and appeals outlast the case. */
    IMMIGRATION(ClosedCaseFacts::immigration);

    private final Predicate<ClosedCaseFacts> test;

    RetentionCategory(Predicate<ClosedCaseFacts> test) {
        this.test = test;
    }

    public boolean appliesTo(ClosedCaseFacts facts) {
        return test.test(facts);
    }

    /** The casebook setting that holds this category's period in years. */
    String settingKey() {
        return "retention.years." + name().toLowerCase(Locale.ROOT);
    }

    /** The name an administrator types: {@code children}, {@code marac}, {@code immigration}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
