package org.cairn.casework;

import java.util.Locale;
import java.util.Optional;
import org.cairn.casebook.Casebook;

/**
 * The casebook's language for what Cairn prints that is not a client letter (a letter follows its client's
 * language): one language tag in {@code casebook_setting}, so it travels with the casebook, not with a laptop's
 * screen language. Absent means English.
 */
final class PrintLanguage {
    static final String KEY = "print.language";

    private PrintLanguage() {
    }

    static Optional<String> read(Casebook casebook) {
        return casebook.settings().find(KEY).map(String::strip).filter(PrintLanguage::wellFormed);
    }

    /** A language, an optional region: letters and digits only, so a stored value can never name a resource. */
    static boolean wellFormed(String tag) {
        return tag.matches("[a-z]{2,3}(-[A-Z]{2})?")
                && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }
}
