package org.cairn.cli;

import java.util.List;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;

/**
 * A use case's refusal in words for the command line, with its exit code from the README's table. The switch has
 * no default on purpose: a new {@link Problem} does not compile until it has words here too.
 */
final class ProblemWords {
    private ProblemWords() {
    }

    static String sentence(CaseworkException refused) {
        List<Object> args = refused.arguments();
        return switch (refused.problem()) {
            case NOT_PERMITTED -> "the role you act in does not allow this"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + ")") + "; ask an administrator of the casebook";
            case NOT_FOUND -> "what was named is no longer in the casebook; list or search again to find it";
            case SEARCH_TOO_LONG -> "the search is longer than Cairn accepts"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + " characters)") + "; use fewer words";
            case EMPTY_TEXT -> "there is nothing to save; give the text first";
            case REFERRAL_REFUSED -> "this referral cannot be made"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + ")");
            case TEMPLATE_ALREADY_STORED -> "a template with this id and version was stored while this import ran; "
                    + "nothing was imported. Import the files again";
            case DIRECTORY_NAME_IN_USE -> "the directory already has an entry with this name; choose another name, "
                    + "or change that entry";
            case OISC_NUMBER_REQUIRED -> "the accreditation chosen needs the OISC registration number; give it, or "
                    + "choose no accreditation";
            case REASON_NEEDED -> "this needs a reason in words; give one";
            case LAST_ADMINISTRATOR -> "the casebook's last administrator cannot be removed; add another "
                    + "administrator first";
            case CANNOT_REMOVE_YOURSELF -> "you cannot remove your own key while using it; ask another administrator";
            case NO_SUCH_PERSON -> "no one of that name holds a key to this casebook; see cairn user list";
            case UNKNOWN_ROLE -> "your key records a role this version of Cairn does not know; use the version "
                    + "that added you";
            case RISK_NOT_HIGHER -> "professional judgement may only raise the risk level"
                    + (args.isEmpty() ? "" : " (it is " + args.get(0) + " now)");
            case REVIEW_DATE_PAST -> "the review date is in the past; choose today or a later date";
            case NOTHING_PROPOSED -> "the checklist no longer proposes anything; someone may have decided already";
            case ALREADY_BLOCKED -> "this recipient is already marked never to be contacted about this client";
            case ON_LEGAL_HOLD -> "a case of this client is under a legal hold, so nothing was erased; lift the hold "
                    + "first if the law allows";
        };
    }

    static int exitCode(Problem problem) {
        return switch (problem) {
            case SEARCH_TOO_LONG, EMPTY_TEXT, OISC_NUMBER_REQUIRED, REASON_NEEDED, RISK_NOT_HIGHER,
                    REVIEW_DATE_PAST -> ExitCodes.USAGE;
            case REFERRAL_REFUSED, NOT_PERMITTED, NOT_FOUND, TEMPLATE_ALREADY_STORED, DIRECTORY_NAME_IN_USE,
                    NOTHING_PROPOSED, ALREADY_BLOCKED, LAST_ADMINISTRATOR, CANNOT_REMOVE_YOURSELF, NO_SUCH_PERSON,
                    UNKNOWN_ROLE, ON_LEGAL_HOLD -> ExitCodes.FAILED;
        };
    }
}
