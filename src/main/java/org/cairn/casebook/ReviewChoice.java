package org.cairn.casebook;

/** Whether a piece of third-party data goes into a client's copy. Stored by name. */
public enum ReviewChoice {
    /** Withheld: her copy says that something was withheld, and why. */
    REDACT,
    /** Disclosed as it is: the advocate checked that it may go to her. */
    CONFIRM
}
