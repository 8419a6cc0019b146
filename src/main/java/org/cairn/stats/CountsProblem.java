package org.cairn.stats;

/**
 * Why the counts refused, as a code the screens word in the chosen language ({@code counts.<code>}); the
 * exception's own message stays English, for the log and the command line. Arguments are never case data: a file
 * name the person chose, a quarter, a bundle or key fingerprint, a number.
 */
public enum CountsProblem {
    /** Argument: the file's name. */
    BUNDLE_NOT_A_BUNDLE,
    /** Arguments: the file's name, the bundle format found. */
    BUNDLE_OTHER_FORMAT,
    /** Arguments: the file's name, this casebook's key fingerprint. */
    BUNDLE_OTHER_KEY,
    /** Arguments: the file's name, the date the key was replaced, the current key's fingerprint. */
    BUNDLE_REPLACED_KEY,
    /** Argument: the file's name. */
    BUNDLE_DAMAGED,
    /** Argument: the file's name. */
    BUNDLE_UNREADABLE,
    /** Argument: the file's name. */
    BUNDLE_UNKNOWN_TABLES,
    /** Argument: the file's name. */
    BUNDLE_INCOMPLETE,
    /** Argument: the file's name. */
    BUNDLE_CONTRADICTS_ITSELF,
    /** Argument: the file's name. */
    BUNDLE_FOR_ORGANISATION_COORDINATOR,
    /** Argument: the file's name. */
    BUNDLE_FOR_COALITION,
    NO_BUNDLE_KEY,
    NO_BUNDLE_KEY_TO_REPLACE,
    NOT_A_KEY_FILE,
    KEY_FILE_DAMAGED,
    NO_COORDINATOR_KEY,
    COALITION_KEY_IS_FOR_ORGANISATIONS,
    NOT_A_COALITION,
    COALITION_BUNDLES_COME_FROM_ORGANISATIONS,
    /** Arguments: the quarters, the counting rule's code. */
    NO_BUNDLE_COUNTS,
    EXPECTED_NOT_SET,
    /** Arguments: the quarter, the organisations included, the organisations expected. */
    TOO_FEW_ORGANISATIONS,
    EXPECTED_OUT_OF_RANGE,
    ALREADY_ORGANISATION_COORDINATOR,
    COALITION_OWN_CASEBOOK,
    NO_COALITION_KEY,
    NO_CASEBOOK_ID,
    /** Argument: the quarter. */
    QUARTER_NOT_WHOLE,
    /** Argument: the quarter. */
    NOT_PUBLISHED_YET,
    /** Arguments: the quarter, its revision, threshold, rounding base, counting rule's code. */
    PUBLISHED_WITH_OTHER_SETTINGS,
    /** Argument: the quarter. */
    DISCLOSURE_REFUSED,
    /** Arguments: the quarter, the earlier revision. */
    REVISION_UNCHECKABLE,
    /** Arguments: the quarter, the earlier revision, the changed cases, the threshold. */
    REVISION_TOO_FEW_CHANGES,
    /** Arguments: the last quarter asked for, the latest completed quarter. */
    QUARTER_NOT_ENDED,
    /** Argument: the file's name. */
    FILE_EXISTS,
    /** Arguments: the file's name, the largest size accepted in KiB. */
    FILE_TOO_LARGE
}
