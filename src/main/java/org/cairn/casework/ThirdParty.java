package org.cairn.casework;

/**
 * Why a piece of her copy may be about someone else, so the advocate decides before it goes to her (ADR 0040).
 * Names are ours; the copy shows only that something was withheld.
 */
public enum ThirdParty {
    /** A person causing harm: name, relationship, address. */
    PERSON_CAUSING_HARM,
    /** Her children's details. */
    CHILDREN,
    /** Someone else named: a safe contact, a never-contact entry, anyone a note may mention. */
    OTHER_PERSON,
    /** A colleague's professional view: notes, checklists and safety plans, risk judgements. */
    COLLEAGUE_OPINION
}
