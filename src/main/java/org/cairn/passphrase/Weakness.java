package org.cairn.passphrase;

/** Patterns an attacker tries first, most telling first: callers name the first one found. */
public enum Weakness {
    COMMON_PASSWORD, KEYBOARD_PATTERN, SEQUENCE, REPEATS, DATES_OR_YEARS, DICTIONARY_WORDS
}
