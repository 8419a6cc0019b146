package org.cairn.casebook;

import java.util.Objects;

/**
 * How the client may be contacted without putting her at risk.
 *
 * @param safeTimes free text such as "weekdays 10-12", or null
 * @param codeWord agreed word that tells the client the call is really from us, or null
 * @param safeContact a person or number that is safe to use instead, or null
 */
public record ContactSafety(YesNoUnknown phone, YesNoUnknown text, YesNoUnknown post, YesNoUnknown email,
        String safeTimes, String codeWord, String safeContact) {
    public ContactSafety {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(email, "email");
    }

    /** Nothing known yet: every channel UNKNOWN. */
    public static ContactSafety unknown() {
        return new ContactSafety(YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN,
                YesNoUnknown.UNKNOWN, null, null, null);
    }
}
