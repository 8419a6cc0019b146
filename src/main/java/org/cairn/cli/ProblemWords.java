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
            case CASE_ANONYMISED -> "this case was anonymised: it is kept only for the counts and has nothing "
                    + "about her to show; choose another case";
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
            case LAST_ADMINISTRATOR -> "the casebook's last administrator cannot be removed or given another role; "
                    + "make someone else an administrator first";
            case WRONG_CURRENT_PASSPHRASE -> "that is not your current passphrase; nothing was changed";
            case CANNOT_REMOVE_YOURSELF -> "you cannot remove your own key while using it; ask another administrator";
            case NO_SUCH_PERSON -> "no one of that name holds a key to this casebook; see cairn user list";
            case UNKNOWN_ROLE -> "your key records a role this version of Cairn does not know; use the version "
                    + "that added you";
            case RISK_NOT_HIGHER -> "professional judgement may only raise the risk level"
                    + (args.isEmpty() ? "" : " (it is " + args.get(0) + " now)");
            case REVIEW_DATE_PAST -> "the review date is in the past; choose today or a later date";
            case NOTHING_PROPOSED -> "the checklist no longer proposes anything; someone may have decided already";
            case ALREADY_BLOCKED -> "this recipient is already marked never to be contacted about this client";
            case CASE_RESTRICTED -> args.contains("IN_TRANSFER") ? "this transfer file carries a case restricted "
                    + "in this casebook, or another case of her client, so it was refused and nothing was changed. Ask "
                    + "the sender to leave her cases out of the file, or unrestrict her case first"
                    : "this case is restricted; only the people it is restricted to can read or change "
                    + "its content. Ask its advocate or an administrator";
            case NOT_RESTRICTED -> "this case is not restricted";
            case RESTRICTED_CASE_DAMAGED -> "this restricted case's sealed content or key failed its check (altered "
                    + "or damaged); nothing was changed. Restore a backup, or open it with the recovery key";
            case NO_KEY_PAIRS -> "this casebook cannot restrict cases yet: name its passphrase with --user, and "
                    + "unlock once with the recovery key (cairn recover) or make a new one, then try again";
            case RESTRICTION_REFUSED -> args.isEmpty() ? "this case cannot be restricted"
                    : switch (String.valueOf(args.get(0))) {
                        case "OTHER_ADVOCATE" -> "this client's cases are restricted together, and another of them "
                                + "has a different advocate; ask an administrator to restrict them, or hand them "
                                + "over to one advocate first";
                        default -> "this case cannot be restricted";
                    };
            case PAIRING_REFUSED -> TransferWords.pairingRefused(args.isEmpty() ? "" : String.valueOf(args.get(0)));
            case PAIRING_NAME_INVALID -> "give a short name for the paired casebook"
                    + (args.isEmpty() ? "" : " (at most " + args.get(0) + " characters)") + ", without line breaks";
            case TRANSFER_REFUSED -> TransferWords.refused(args.isEmpty() ? "" : String.valueOf(args.get(0)));
            case RECEIPT_REFUSED -> MoveWords.receiptRefused(args.isEmpty() ? "" : String.valueOf(args.get(0)));
            case UNDO_REFUSED -> MoveWords.undoRefused(args.isEmpty() ? "" : String.valueOf(args.get(0)));
            case MOVE_NOT_OWNER -> MoveWords.notOwner();
            case MOVE_REFUSED -> MoveWords.moveRefused(args.isEmpty() ? "" : String.valueOf(args.get(0)));
            case LETTER_VALUES_MISSING -> "this letter needs a value for"
                    + (args.isEmpty() ? " every placeholder it uses" : ": " + args.get(0))
                    + "; give it with --value NAME=TEXT, or record it in the case file first";
            case LETTER_STOPPED -> "the outgoing-document check stops this letter"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + ")")
                    + "; give the reason each finding asks for, or choose another recipient (docs/LETTERS.md lists "
                    + "the rules)";
            case ON_LEGAL_HOLD -> "the case, or one of the client's cases, is on legal hold, so nothing was decided or "
                    + "erased; an administrator must lift the hold first if the law allows";
            case RETENTION_NOT_DUE -> "the case's retention period has not ended; see cairn retention review";
            case OUT_OF_RANGE -> "the number is outside what is accepted"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + ")");
            case DATE_IN_FUTURE -> "the date given has not come yet; give the day it happened";
            case NO_OPEN_REQUEST -> "the client has no open subject access request; log it first with cairn sar log";
            case REQUEST_ALREADY_OPEN -> "the client already has an open subject access request; extend or finish it";
            case EXTENSION_REFUSED -> "the extension is not allowed" + (args.isEmpty() ? "" : switch (
                    String.valueOf(args.get(0))) {
                case "TOO_LATE" -> ": it must be recorded within the first month of the request";
                case "TOO_LONG" -> ": a request may be extended by one or two further months";
                case "ALREADY_EXTENDED" -> ": the request was extended already";
                default -> "";
            });
            case REVIEW_UNFINISHED -> "the review of third-party data is not finished"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + " items remain)");
            case UNKNOWN_REVIEW_ITEM -> "no such item needs review in this client's copy; see cairn sar items";
            case OUTGOING_CHECK_REFUSED -> "the outgoing-document check stops this copy"
                    + (args.isEmpty() ? "" : " (" + args.get(0) + ")");
            case NOT_A_COALITION -> "this casebook is not a coalition's, so it has no pooled figures; a coalition "
                    + "report is made in the coalition's own casebook (an organisation's own figures are published "
                    + "with cairn stats-merge); nothing was written";
        };
    }

    static int exitCode(Problem problem) {
        return switch (problem) {
            case SEARCH_TOO_LONG, EMPTY_TEXT, OISC_NUMBER_REQUIRED, REASON_NEEDED, RISK_NOT_HIGHER,
                    REVIEW_DATE_PAST, PAIRING_NAME_INVALID, OUT_OF_RANGE, DATE_IN_FUTURE, UNKNOWN_REVIEW_ITEM ->
                    ExitCodes.USAGE;
            case LETTER_STOPPED -> ExitCodes.REFUSED_BY_DISCLOSURE_CHECK;
            // cairn sar turns these two into exit 6 itself, with what remains or what the check said.
            case REVIEW_UNFINISHED, OUTGOING_CHECK_REFUSED, ON_LEGAL_HOLD, RETENTION_NOT_DUE, NO_OPEN_REQUEST,
                    REQUEST_ALREADY_OPEN, EXTENSION_REFUSED -> ExitCodes.FAILED;
            case REFERRAL_REFUSED, NOT_PERMITTED, NOT_FOUND, TEMPLATE_ALREADY_STORED, DIRECTORY_NAME_IN_USE,
                    NOTHING_PROPOSED, ALREADY_BLOCKED, LAST_ADMINISTRATOR, CANNOT_REMOVE_YOURSELF, NO_SUCH_PERSON,
                    UNKNOWN_ROLE, CASE_RESTRICTED, NOT_RESTRICTED, RESTRICTION_REFUSED, RESTRICTED_CASE_DAMAGED, NO_KEY_PAIRS,
                    PAIRING_REFUSED, TRANSFER_REFUSED, LETTER_VALUES_MISSING, RECEIPT_REFUSED, UNDO_REFUSED,
                    MOVE_NOT_OWNER, MOVE_REFUSED, NOT_A_COALITION, CASE_ANONYMISED -> ExitCodes.FAILED;
            case WRONG_CURRENT_PASSPHRASE -> ExitCodes.UNLOCK_FAILED;
        };
    }
}
