package org.cairn.casebook;

/** The paper the organisation prints letters on. Stored by name in {@code org_profile.paper_size}. */
public enum LetterPaper {
    A4, US_LETTER
}
