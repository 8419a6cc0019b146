package org.cairn.letters.check;

/** The rules of the outgoing-document check, each with the plain sentence an advocate sees. */
public enum CheckRule {
    /** Immigration details to a statutory body or the immigration authority: only with a confirmed reason. */
    IMMIGRATION_TO_AUTHORITY,
    /** The recipient is linked to the abuser: no location or contact detail may ever go there. */
    LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT,
    /** The recipient is linked to the abuser: nothing about the client goes there at all. */
    BLOCKED_RECIPIENT,
    /** The letter is posted to the client although her contact-safety record says post is not safe. */
    POST_NOT_SAFE,
    /** The template needs recorded consent that is not in force today. */
    CONSENT_MISSING,
    /** The template acts in an immigration matter and the organisation has no OISC registration or supervision. */
    OISC_REQUIRED
}
