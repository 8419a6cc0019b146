package org.cairn.cli;

import org.cairn.letters.check.Finding;

/** The outgoing-document check's findings in English words for the command line (the screens use their bundle). */
final class FindingWords {
    private FindingWords() {
    }

    static String explain(Finding finding) {
        String argument = finding.arguments().isEmpty() ? "" : finding.arguments().get(0);
        String words = switch (finding.code()) {
            case "recipient-kind-listed" ->
                    "This recipient's name matches a body on the organisation's list of statutory bodies ("
                    + argument + "), but it was given another kind. Choose " + argument + ", or say why this "
                    + "recipient is not that body.";
            case "oisc-required" ->
                    "This letter acts for the client in an immigration matter. In the UK only an organisation "
                    + "registered with the OISC or supervised by a solicitor may send it, and the organisation "
                    + "profile records neither. Refer the client to a regulated adviser, or update the "
                    + "organisation profile if the organisation is registered.";
            case "oisc-wording" ->
                    "This letter goes to the immigration authority and its wording reads as acting for the "
                    + "client in an immigration matter (\"" + argument + "\"). The organisation profile records "
                    + "no OISC registration or solicitor supervision, so it cannot be sent. Reword it as "
                    + "information the client can use, or refer her to a regulated adviser.";
            case "location-or-contact-to-blocked-recipient" ->
                    "The client's record names this recipient as someone who must never receive anything about "
                    + "her, and this letter carries where she is or how to reach her. It cannot be sent to this "
                    + "recipient.";
            case "blocked-recipient" ->
                    "The client's record names this recipient as someone who must never receive anything about "
                    + "her (her never-contact list or a person causing harm, however the name is spelled). Choose "
                    + "another recipient, or review the list of blocked recipients with the client.";
            case "recipient-resembles-blocked" ->
                    "This recipient's name contains every word of a name the client must never be exposed to "
                    + "(her never-contact list or a person causing harm), with a title, initial or other name "
                    + "added. It goes only if you confirm this is someone else and say how you know.";
            case "immigration-to-authority.immigration-authority" ->
                    "This letter goes to the immigration authority and it carries the client's immigration "
                    + "details. Confirm that the client agreed to this and say why it is needed.";
            case "immigration-to-authority.statutory" ->
                    "This letter goes to a statutory body, which may share it with immigration enforcement, and "
                    + "it carries the client's immigration details. Confirm that the client agreed to this and "
                    + "say why it is needed.";
            case "location-or-contact-to-authority" ->
                    "This letter goes to a statutory body and carries where the client is or how to reach her "
                    + "(address, phone, email, safe times or a refuge). A statutory body may pass it on. Confirm "
                    + "that the client agreed and say why it is needed.";
            case "consent-missing" ->
                    "This letter needs the client's recorded consent (" + argument + "), and none is in force "
                    + "today. Record her consent in the case file first, or go ahead only with a reason that will "
                    + "be audited.";
            case "post-not-safe.hand-over" ->
                    "The client's contact-safety record says post is not safe. Hand this letter to her in "
                    + "person rather than posting it.";
            case "post-not-safe.addressed" ->
                    "The client's contact-safety record says post is not safe, and this letter is addressed for "
                    + "posting to her. Use a template without her address and hand it to her in person, or update "
                    + "her contact-safety record with her.";
            default -> "rule " + finding.code() + " applies.";
        };
        return finding.reasonTooShort() ? words + " A reason needs at least three letters; spaces and punctuation "
                + "alone are not a reason." : words;
    }
}
