package org.cairn.casework;

/**
 * Why a use case refused or failed, as a code the screens and the command line turn into words. The domain never
 * writes sentences for people, so the words can be translated and can never quote case data by accident.
 */
public enum Problem {
    /** The acting person's role does not allow the action. Argument: the action. */
    NOT_PERMITTED,
    /** The case, client, note, task or entry named no longer exists. */
    NOT_FOUND,
    /** A search query longer than the casebook accepts. Argument: the limit in characters. */
    SEARCH_TOO_LONG,
    /** The text to save is empty. */
    EMPTY_TEXT,
    /** A referral the outgoing checks refuse. Argument: the reason code. */
    REFERRAL_REFUSED,
    /** A template with the same name and version is already stored. */
    TEMPLATE_ALREADY_STORED,
    /** The directory already has an entry with this name, as a reader would read it. */
    DIRECTORY_NAME_IN_USE,
    /** The chosen accreditation is regulated, and letters must print its registration number. */
    OISC_NUMBER_REQUIRED;

    /** The message key the user interface looks up: {@code problem.not-permitted} and so on. */
    public String messageKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
