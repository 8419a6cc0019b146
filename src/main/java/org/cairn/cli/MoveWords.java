package org.cairn.cli;

/** The command line's words for a refused move receipt or undo, by the reason code the use case gives. */
final class MoveWords {
    private MoveWords() {
    }

    static String receiptRefused(String reason) {
        return switch (reason) {
            case "NOT_A_RECEIPT" -> "this is not a Cairn move receipt, or it was cut short; nothing was changed";
            case "OTHER_RECIPIENT" -> "this receipt was made for another casebook; nothing was changed";
            case "UNKNOWN_SENDER" -> "this receipt comes from a casebook this one is not paired with; nothing was "
                    + "changed";
            case "TAMPERED" -> "this receipt was changed or damaged after it was made; ask the receiving casebook "
                    + "for a new one (cairn transfer receipt). Nothing was changed";
            case "REPLAYED" -> "this receipt was already used: the cases it names are closed stubs here; nothing "
                    + "was changed";
            case "NOT_AWAITED" -> "this receipt names cases this casebook did not send in that move (see cairn "
                    + "transfer moves); nothing was changed";
            case "CHANGED_SINCE_SENT" -> "a case was changed here after it was sent, and the other casebook does "
                    + "not have those changes; send it again as a move, then confirm the receipt for that file. "
                    + "Nothing was changed";
            case "NOT_IMPORTED" -> "that transfer file was not imported here, or its import was undone; import it "
                    + "first. Nothing was changed";
            case "NOT_A_MOVE" -> "that transfer file shared the cases rather than moving them, so there is nothing "
                    + "to confirm; nothing was changed";
            default -> "this move receipt cannot be used; nothing was changed";
        };
    }

    static String undoRefused(String reason) {
        return switch (reason) {
            case "NO_SUCH_IMPORT" -> "no import has this number, or it was already undone (the number is printed by "
                    + "cairn transfer import); nothing was changed";
            case "CHANGED_SINCE" -> "a case this import added was changed since, or has records made here since (a "
                    + "legal hold, a letter, a MARAC decision, a correction or a subject access request); undoing "
                    + "would lose them, so nothing was changed";
            case "RECEIPT_MADE" -> "a receipt was made for this move, so the other casebook may no longer hold the "
                    + "cases; nothing was changed";
            case "MERGED" -> "this import changed cases that were already here; restore the backup taken before it "
                    + "instead (cairn restore). Nothing was changed";
            case "MOVE_IMPORT" -> "this import was a move, and the other casebook now counts the case as this one's, "
                    + "so removing it would leave it counted nowhere; ask the sender to send it again, or restore "
                    + "the backup taken before the import (cairn restore). Nothing was changed";
            default -> "this import cannot be undone; nothing was changed";
        };
    }

    static String moveRefused(String reason) {
        return switch (reason) {
            case "AWAITING_OTHER" -> "this case was already sent as a move to another casebook and awaits its "
                    + "receipt (see cairn transfer moves); send it again only to that casebook. Nothing was written";
            default -> "this case cannot be sent as a move; nothing was written";
        };
    }

    static String notOwner() {
        return "this case was shared with this casebook by the one that counts it, so only that casebook can move "
                + "it; share it instead, or ask them to move it";
    }
}
