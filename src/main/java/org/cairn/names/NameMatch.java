package org.cairn.names;

/** How a name compares with another, as a reader of the printed page would see them. */
public enum NameMatch {
    /** Nothing suggests the same person or organisation (a wholly different name is still a different name). */
    DIFFERENT,
    /** Every word of the reference name is in the candidate, with more around it (a title, an initial, a middle name). */
    CONTAINS_EVERY_WORD,
    /** The same name once spacing, case, invisible characters, punctuation and look-alike letters are set aside. */
    SAME;

    /** True unless the names are different: what a blocking rule must stop or ask about. */
    public boolean resembles() {
        return this != DIFFERENT;
    }
}
