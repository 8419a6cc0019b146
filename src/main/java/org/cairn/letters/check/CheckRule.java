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
    OISC_REQUIRED,
    /** The letter's wording reads as acting in an immigration matter, sent to the immigration authority. */
    OISC_WORDING,
    /** The recipient's name holds every word of a blocked name: only if the advocate confirms it is someone else. */
    RECIPIENT_RESEMBLES_BLOCKED,
    /** A typed recipient matches a statutory body on the organisation's list but was given another kind. */
    RECIPIENT_KIND_LISTED,
    /** Where the client is or how to reach her, to a statutory body: only with a confirmed reason. */
    LOCATION_OR_CONTACT_TO_AUTHORITY;

    /** Every code a finding of this rule can carry ({@link Finding#code()}), so each has words in every language. */
    public java.util.List<String> codes() {
        String base = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (this) {
            case IMMIGRATION_TO_AUTHORITY -> java.util.List.of(base + ".immigration-authority", base + ".statutory");
            case POST_NOT_SAFE -> java.util.List.of(base + ".hand-over", base + ".addressed");
            default -> java.util.List.of(base);
        };
    }
}
