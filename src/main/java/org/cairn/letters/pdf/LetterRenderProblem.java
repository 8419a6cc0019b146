package org.cairn.letters.pdf;

/**
 * Why a letter could not be drawn, as a code the screens word in the chosen language; the exception's message
 * stays English for the log and the command line. Arguments are font or script names and language tags, never
 * the letter's text.
 */
public enum LetterRenderProblem {
    /** Argument: the font's name. */
    FONT_NOT_IN_COLLECTION,
    /** Argument: the font's name. */
    FONT_NOT_LOADED,
    /** Argument: the font's name. */
    FONT_NO_UNICODE_MAP,
    /** Argument: the font's name. */
    FONT_GONE_FROM_COLLECTION,
    /** Argument: the font's name. */
    BUNDLED_FONT_MISSING,
    /** Arguments: the script (or symbol) no installed font covers, the letter's language tag. */
    NO_FONT_FOR_SCRIPT,
    /** Arguments: the script Cairn does not print yet, the letter's language tag. */
    SCRIPT_NOT_YET_SUPPORTED,
    LOGO_UNREADABLE,
    LOGO_TOO_LARGE,
    /** Not coded: the English message is shown as it is. */
    OTHER
}
