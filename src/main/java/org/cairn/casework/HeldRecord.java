package org.cairn.casework;

import java.util.Objects;
import java.util.Optional;

/**
 * One value held about a client, as her copy lists it.
 *
 * @param section what kind of record: {@code client}, {@code case}, {@code note}, {@code consent} ...
 * @param record which record of that kind: a case reference, {@code note:40 v2}, or empty for the client herself
 * @param field the value's name within the record
 * @param item the review item that covers this value when it may be about someone else, or null
 * @param thirdParty why the item may be about someone else, or null
 */
public record HeldRecord(String section, String record, String field, String value, String item,
        ThirdParty thirdParty) {
    public HeldRecord {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if ((item == null) != (thirdParty == null)) {
            throw new IllegalArgumentException("a review item and its kind go together");
        }
    }

    /** Her own data, with no one else in it. */
    static HeldRecord hers(String section, String record, String field, String value) {
        return new HeldRecord(section, record, field, value, null, null);
    }

    public Optional<String> reviewItem() {
        return Optional.ofNullable(item);
    }

    /** The same value, replaced by words that say it was withheld and never what it was. */
    HeldRecord withheld() {
        return new HeldRecord(section, record, field, WITHHELD, item, thirdParty);
    }

    /** What her copy says in place of a withheld value. */
    public static final String WITHHELD = "[withheld: information about another person]";
}
