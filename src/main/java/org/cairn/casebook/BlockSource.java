package org.cairn.casebook;

/** Why a recipient is blocked for a client; each says where the match came from, never the matched name. */
public enum BlockSource {
    /** The client's never-contact list. */
    NEVER_CONTACT_LIST,
    /** A person causing harm recorded on the client's file, blocked without being listed. */
    PERSON_CAUSING_HARM,
    /** The recipient's address is the recorded address of a person causing harm. */
    ADDRESS_OF_PERSON_CAUSING_HARM
}
