package org.cairn.ui.letter;

import org.cairn.letters.check.Finding;
import org.cairn.ui.common.Messages;

/** One line per finding of the outgoing-document check: its outcome, why, and which fields triggered it. */
final class FindingText {
    private final Messages messages;

    FindingText(Messages messages) {
        this.messages = messages;
    }

    /** The key of a finding's explanation; one exists for every rule and variant the check produces. */
    static String key(Finding finding) {
        return "letter.finding." + finding.code();
    }

    String describe(Finding finding) {
        String outcome = switch (finding.outcome()) {
            case BLOCKED -> messages.get("letter.outcome.blocked");
            case UNAVAILABLE -> messages.get("letter.outcome.unavailable");
            case NEEDS_REASON -> messages.get("letter.outcome.needsReason");
            case CONFIRMED -> messages.get("letter.outcome.confirmed");
            case WARNING -> messages.get("letter.outcome.warning");
        };
        String fields = finding.fields().isEmpty() ? ""
                : " " + messages.format("letter.finding.fields", String.join(", ", finding.fields()));
        String why = messages.format(key(finding), finding.arguments().toArray());
        String tooShort = finding.reasonTooShort() ? " " + messages.get("letter.finding.reason-too-short") : "";
        return outcome + ": " + why + tooShort + fields;
    }
}
