package org.cairn.casework;

import java.util.List;
import java.util.Locale;

/**
 * Why a use case refused or failed, as a code the screens and the command line turn into words. The domain never
 * writes sentences for people, so the words can be translated and can never quote case data by accident.
 */
public enum Problem {
    /** The acting person's role does not allow the action. Argument: the action. */
    NOT_PERMITTED,
    /** The case, client, note, task or entry named no longer exists. */
    NOT_FOUND,
    /** A search query longer than the casebook accepts. Argument: the limit in characters. */
    SEARCH_TOO_LONG,
    /** The text to save is empty. */
    EMPTY_TEXT,
    /**
     * A referral the consent check refuses. Argument: the check's verdict, which picks the words: the recipient
     * is blocked for the client, or there is neither consent in force nor a reason to go ahead without it.
     */
    REFERRAL_REFUSED("BLOCKED", "NEEDS_CONSENT_OR_REASON"),
    /** A template with the same name and version is already stored. */
    TEMPLATE_ALREADY_STORED,
    /** The last administrator cannot be removed, or made anything else: someone must be able to manage people. */
    LAST_ADMINISTRATOR,
    /** A person cannot remove their own key while using it; another administrator must. */
    CANNOT_REMOVE_YOURSELF,
    /** No person of that name holds a key to this casebook. */
    NO_SUCH_PERSON,
    /** A key slot names a role this version of Cairn does not know; it is given no permissions. */
    UNKNOWN_ROLE,
    /** The directory already has an entry with this name, as a reader would read it. */
    DIRECTORY_NAME_IN_USE,
    /** The chosen accreditation is regulated, and letters must print its registration number. */
    OISC_NUMBER_REQUIRED,
    /** A decline, an override or a raise by judgement was asked for without the reason it must carry. */
    REASON_NEEDED,
    /** Professional judgement may only raise a case's risk level. Argument: the level now. */
    RISK_NOT_HIGHER,
    /** A form's review date lies in the past. */
    REVIEW_DATE_PAST,
    /** A checklist's answers no longer propose anything to accept or decline (someone decided meanwhile). */
    NOTHING_PROPOSED,
    /** The person or organisation is already marked never to be contacted about this client. */
    ALREADY_BLOCKED,
    /** A case of the client is under a legal hold, so nothing of hers may be erased until the hold is lifted. */
    ON_LEGAL_HOLD;

    private final List<String> reasons;

    Problem(String... reasons) {
        this.reasons = List.of(reasons);
    }

    /**
     * The message key the user interface looks up: {@code problem.not-permitted} and so on. A problem refined by a
     * reason code (its first argument) has a key per reason: {@code problem.referral-refused.blocked}.
     */
    public String messageKey(List<Object> arguments) {
        if (reasons.isEmpty() || arguments.isEmpty() || !reasons.contains(String.valueOf(arguments.get(0)))) {
            return messageKey();
        }
        return messageKey() + "." + token(String.valueOf(arguments.get(0)));
    }

    /** The key for the problem itself, and the one used for a reason code it does not know. */
    public String messageKey() {
        return "problem." + token(name());
    }

    /** Every key the words for this problem may be looked up under. */
    public List<String> messageKeys() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(messageKey()),
                reasons.stream().map(r -> messageKey() + "." + token(r))).toList();
    }

    private static String token(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
