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
    /** The passphrase typed as the current one does not open the acting person's key. */
    WRONG_CURRENT_PASSPHRASE,
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
    /**
     * The case is restricted: its content is not open to this person, or cannot be changed while restricted.
     * Argument (optional): IN_TRANSFER when a transfer file carries a restricted case or its client.
     */
    CASE_RESTRICTED("IN_TRANSFER"),
    /** The case was anonymised: only what the counts read is kept, and nothing about her is left to show. */
    CASE_ANONYMISED,
    /** The case is not restricted, so there is nothing to lift or open. */
    NOT_RESTRICTED,
    /** A restricted case's sealed content or wrapped key failed authentication: it was altered or damaged. */
    RESTRICTED_CASE_DAMAGED,
    /**
     * Restricting needs key pairs this casebook does not have yet: the first person must be named, and a recovery
     * key from before names must be used once (or replaced) so it gets its pair.
     */
    NO_KEY_PAIRS,
    /**
     * Restricting refused. Argument: why: the client has another case whose advocate is not the acting person (her
     * cases are restricted together, so only an administrator or the advocate of all of them may).
     */
    RESTRICTION_REFUSED("OTHER_ADVOCATE"),
    /**
     * Pairing with another casebook refused. Argument: why: the card is this casebook's own, that casebook is
     * already paired, the name is already used for another, or no paired casebook has the name given.
     */
    PAIRING_REFUSED("ITSELF", "ALREADY_PAIRED", "NAME_IN_USE", "NOT_PAIRED"),
    /** A name for a paired casebook that is too long or holds control characters. Argument: the limit. */
    PAIRING_NAME_INVALID,
    /**
     * A transfer file that cannot be imported; nothing changed. Argument: why (see TransferRejectedException):
     * not a transfer file, another version, for another casebook, from an unpaired casebook, changed since it
     * was signed, already imported, too large, or (a merge) has a conflict without a choice or a choice that
     * matches nothing.
     */
    TRANSFER_REFUSED("NOT_A_TRANSFER", "OTHER_VERSION", "OTHER_RECIPIENT", "UNKNOWN_SENDER", "TAMPERED",
            "REPLAYED", "TOO_LARGE", "ERASED_HERE", "CONFLICTS_UNRESOLVED", "RESOLUTION_UNKNOWN"),
    /**
     * A move receipt that cannot be made or used; nothing changed. Argument: why (see ReceiptRefusedException).
     */
    RECEIPT_REFUSED("NOT_A_RECEIPT", "OTHER_RECIPIENT", "UNKNOWN_SENDER", "TAMPERED", "REPLAYED", "NOT_AWAITED",
            "CHANGED_SINCE_SENT", "NOT_IMPORTED", "NOT_A_MOVE"),
    /** An import that cannot be undone; nothing changed. Argument: why (see UndoRefusedException). */
    UNDO_REFUSED("NO_SUCH_IMPORT", "CHANGED_SINCE", "RECEIPT_MADE", "MERGED", "MOVE_IMPORT"),
    /** A case that cannot be sent as a move; nothing written. Argument: why (see MoveRefusedException). */
    MOVE_REFUSED("AWAITING_OTHER"),
    /** A shared copy cannot be moved on: only the casebook that counts the case (its owner) moves it. */
    MOVE_NOT_OWNER,
    /** A letter still needs values before it can go. Argument: the placeholder names, comma-separated. */
    LETTER_VALUES_MISSING,
    /** The outgoing-document check stops the letter. Argument: the stopping rules' codes, comma-separated. */
    LETTER_STOPPED,
    /**
     * The case (or, for an erasure, one of the client's cases) is on legal hold: its retention clock is stopped and
     * nothing of it may be decided for erasure or erased until the hold is lifted.
     */
    ON_LEGAL_HOLD,
    /** The case's retention period has not ended (or it is still open), so it is not for review yet. */
    RETENTION_NOT_DUE,
    /** A number outside what is accepted. Argument: the accepted range, such as {@code 1-100}. */
    OUT_OF_RANGE,
    /** A date that has not come yet was given for something that has already happened. */
    DATE_IN_FUTURE,
    /** The client has no open subject access request; log one first. */
    NO_OPEN_REQUEST,
    /** The client already has an open subject access request; finish or extend that one. */
    REQUEST_ALREADY_OPEN,
    /**
     * An extension the rule does not allow. Argument: why: recorded after the first month, longer than two
     * further months, or the request was extended already.
     */
    EXTENSION_REFUSED("TOO_LATE", "TOO_LONG", "ALREADY_EXTENDED"),
    /** Third-party data in her copy still waits for a decision. Argument: how many items remain. */
    REVIEW_UNFINISHED,
    /** The item named is not third-party data in her copy. */
    UNKNOWN_REVIEW_ITEM,
    /** The outgoing-document check stops her copy. Argument: the first rule that stops it. */
    OUTGOING_CHECK_REFUSED,
    /**
     * Pooled figures were asked of a casebook that is not a coalition's: its merged figures are one organisation's
     * own, and would be titled as pooled across organisations.
     */
    NOT_A_COALITION;

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
