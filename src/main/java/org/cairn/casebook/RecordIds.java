package org.cairn.casebook;

import java.util.UUID;

/**
 * The identifier every client, case, note, task, consent entry, form, referral, person causing harm and
 * never-contact mark carries for life: a random UUID (122 random bits from the JDK's strong generator), made in
 * Java and written as a bound parameter so that replaying the redo log gives the same value.
 */
public final class RecordIds {
    private RecordIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether {@code text} has the form of an id this class makes (lower-case canonical UUID text). */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
